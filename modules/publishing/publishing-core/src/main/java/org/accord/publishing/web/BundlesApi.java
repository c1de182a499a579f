package org.accord.publishing.web;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;
import org.accord.publishing.internal.app.Bundles;
import org.accord.publishing.internal.app.PublishingQueries;
import org.accord.publishing.internal.bundle.BundleVerifier;
import org.accord.publishing.internal.persistence.BundleRows.BundleSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/publishing")
@Tag(name = "Publishing")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@RolesAllowed(Roles.MEMBER)
public class BundlesApi {

    static final String ZIP = "application/zip";

    private final Bundles bundles;
    private final PublishingQueries queries;
    private final BundleVerifier verifier;
    private final Viewers viewers;

    BundlesApi(Bundles bundles, PublishingQueries queries, BundleVerifier verifier, Viewers viewers) {
        this.bundles = bundles;
        this.queries = queries;
        this.verifier = verifier;
        this.viewers = viewers;
    }

    @POST
    @Path("versions/{versionId}/bundles")
    @RolesAllowed({Roles.LIAISON, Roles.ADMIN})
    @Operation(summary = "Build and sign the consensus bundle of a version a passed ballot carried to the consensus"
            + " draft (liaisons, administrators); 409 says why a version has none")
    public Response build(@RestPath UUID versionId) {
        BundleSummary bundle = bundles.build(versionId,
                viewers.actor());
        return Response.created(URI.create("/api/publishing/bundles/" + bundle.id())).entity(bundle).build();
    }

    @GET
    @Path("bundles/{bundleId}")
    @Operation(summary = "A bundle's hashes, key and who built it when")
    public BundleSummary bundle(@RestPath UUID bundleId) {
        return queries.bundle(bundleId);
    }

    @GET
    @Path("bundles/{bundleId}/file")
    @Produces(ZIP)
    @Operation(summary = "The bundle as built: a ZIP with every format, the records and the signed manifest")
    public Response file(@RestPath UUID bundleId) {
        BundleSummary bundle = queries.bundle(bundleId);
        return Downloads.of(bundles.content(bundleId), ZIP, "bundle-" + bundleId + ".zip", bundle.sha256());
    }

    @POST
    @Path("verifications")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Verify a bundle sent as the body: each check (signatures, each file's hash, the ballot's and"
            + " the version's content hash) with its outcome")
    public ApiViews.Verification verify(byte[] bundle) {
        if (bundle == null || bundle.length == 0) {
            throw RuleViolation.invalid("bundle", Text.of("publishing.bundle_body_required"));
        }
        return ApiViews.Verification.of(verifier.verify(bundle));
    }
}
