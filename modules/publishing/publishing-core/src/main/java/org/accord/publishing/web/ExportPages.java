package org.accord.publishing.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.accord.platform.security.Roles;
import org.accord.publishing.internal.app.Exports;
import org.accord.publishing.internal.app.PublishingQueries;
import org.accord.publishing.internal.persistence.BundleRows.BundleSummary;
import org.accord.publishing.internal.render.ExportFormat;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** The exports pages: versions, their downloads and bundles. Downloads are served here for the signed-in browser. */
@Path("/exports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.MEMBER)
public class ExportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<PublishingQueries.VersionSummary> versions,
                List<BundleSummary> bundles);

        static native TemplateInstance version(PublishingQueries.VersionView view, boolean mayBundle,
                Map<String, String> errors);

        static native TemplateInstance generating(PublishingQueries.VersionSummary version,
                PublishingQueries.ExportView export);

        static native TemplateInstance generating$progress(PublishingQueries.VersionSummary version,
                PublishingQueries.ExportView export);
    }

    private final PublishingQueries queries;
    private final Exports exports;
    private final SecurityIdentity identity;

    ExportPages(PublishingQueries queries, Exports exports, SecurityIdentity identity) {
        this.queries = queries;
        this.exports = exports;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(queries.latestVersions(100), queries.latestBundles(20));
    }

    @GET
    @Path("versions/{versionId}")
    public TemplateInstance version(@RestPath UUID versionId) {
        return Templates.version(queries.version(versionId), mayBundle(), Map.of());
    }

    /** The file when it is stored; otherwise rendering starts and the page follows it until the file is there. */
    @GET
    @Path("versions/{versionId}/{format}")
    @Produces(MediaType.WILDCARD)
    public Response export(@RestPath UUID versionId, @RestPath String format) {
        ExportFormat chosen = Formats.named(format);
        return exports.file(versionId, chosen)
                .map(file -> Downloads.of(file.content(), file.mediaType(), file.fileName(), file.state().sha256()))
                .orElseGet(() -> {
                    exports.request(versionId, chosen, identity.getPrincipal().getName());
                    return Response.ok(Templates.generating(queries.version(versionId).version(),
                            queries.export(versionId, chosen)), MediaType.TEXT_HTML).build();
                });
    }

    /** The progress fragment the generating page asks for every second. */
    @GET
    @Path("versions/{versionId}/{format}/progress")
    public TemplateInstance progress(@RestPath UUID versionId, @RestPath String format) {
        return Templates.generating$progress(queries.version(versionId).version(),
                queries.export(versionId, Formats.named(format)));
    }

    private boolean mayBundle() {
        return identity.hasRole(Roles.LIAISON) || identity.hasRole(Roles.ADMIN);
    }
}
