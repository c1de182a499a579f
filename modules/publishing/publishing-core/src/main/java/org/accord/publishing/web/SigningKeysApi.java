package org.accord.publishing.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.accord.publishing.internal.bundle.SigningKeys;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The one public operation of the API: whoever received a bundle needs the keys to check it, account or not. */
@Path("/api/publishing/keys")
@Tag(name = "Publishing")
@PermitAll
public class SigningKeysApi {

    private final SigningKeys keys;

    SigningKeysApi(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces("application/jwk-set+json")
    @Operation(summary = "The public keys that sign bundles, as a JSON Web Key Set (no sign-in needed)")
    public String keys() {
        return keys.jwks();
    }
}
