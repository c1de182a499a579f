package org.accord.publishing.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.accord.platform.security.Roles;
import org.accord.publishing.internal.app.Exports;
import org.accord.publishing.internal.app.PublishingQueries;
import org.accord.publishing.internal.render.ExportFormat;
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
public class PublishingApi {

    /** How long a client should wait before asking again for an export being rendered. */
    private static final String RETRY_AFTER_SECONDS = "2";

    private final PublishingQueries queries;
    private final Exports exports;
    private final Viewers viewers;

    PublishingApi(PublishingQueries queries, Exports exports, Viewers viewers) {
        this.queries = queries;
        this.exports = exports;
        this.viewers = viewers;
    }

    @GET
    @Path("versions")
    @Operation(summary = "The newest draft versions of all standards, newest first (at most 100)")
    public List<PublishingQueries.VersionSummary> versions() {
        return queries.latestVersions(100);
    }

    @GET
    @Path("versions/{versionId}")
    @Operation(summary = "A frozen version with the state of each export, its bundles, and why no bundle may be built"
            + " when none may")
    public ApiViews.Version version(@RestPath UUID versionId) {
        return ApiViews.Version.of(queries.version(versionId));
    }

    @GET
    @Path("versions/{versionId}/exports/{format}")
    @Operation(summary = "The state of one export: NOT_REQUESTED, GENERATING, READY (with its SHA-256) or FAILED")
    public ApiViews.Export export(@RestPath UUID versionId, @RestPath String format) {
        return ApiViews.Export.of(queries.export(versionId, Formats.named(format)));
    }

    @POST
    @Path("versions/{versionId}/exports/{format}")
    @Operation(summary = "Ask for an export: 200 when it is stored already, 202 while it is rendered; a failed"
            + " rendering is tried again")
    public Response request(@RestPath UUID versionId, @RestPath String format) {
        ExportFormat chosen = Formats.named(format);
        exports.request(versionId, chosen, viewers.username(), true);
        return state(versionId, chosen);
    }

    @GET
    @Path("versions/{versionId}/exports/{format}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The export's file once stored; until then 202 with its state, and rendering starts; 409 when"
            + " its rendering failed")
    public Response file(@RestPath UUID versionId, @RestPath String format) {
        ExportFormat chosen = Formats.named(format);
        return exports.file(versionId, chosen)
                .map(file -> Downloads.of(file.content(), file.mediaType(), file.fileName(), file.state().sha256()))
                .orElseGet(() -> {
                    exports.request(versionId, chosen, viewers.username(), false);
                    return state(versionId, chosen);
                });
    }

    private Response state(UUID versionId, ExportFormat format) {
        PublishingQueries.ExportView view = queries.export(versionId, format);
        if (view.failure() != null) {
            throw Exports.notRendered(format, view.failure());
        }
        if (view.ready()) {
            return Response.ok(ApiViews.Export.of(view), MediaType.APPLICATION_JSON).build();
        }
        return Response.accepted(ApiViews.Export.of(view)).type(MediaType.APPLICATION_JSON)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .location(URI.create("/api/publishing/versions/" + versionId + "/exports/" + format.code())).build();
    }
}
