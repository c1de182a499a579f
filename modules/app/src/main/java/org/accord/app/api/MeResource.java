package org.accord.app.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.accord.platform.security.Roles;
import org.accord.platform.web.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/me")
@Tag(name = "Session")
@SecurityRequirement(name = "bearer")
public class MeResource {

    private final SecurityIdentity identity;

    MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's username, display name and working-group roles")
    public CurrentUser me() {
        return CurrentUser.of(identity);
    }
}
