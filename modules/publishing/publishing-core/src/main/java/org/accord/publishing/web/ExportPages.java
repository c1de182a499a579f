package org.accord.publishing.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import org.accord.platform.web.FormResponses;
import org.accord.publishing.internal.app.Bundles;
import org.accord.publishing.internal.app.Exports;
import org.accord.publishing.internal.app.PublishingQueries;
import org.accord.publishing.internal.bundle.BundleVerifier;
import org.accord.publishing.internal.bundle.SigningKeys;
import org.accord.publishing.internal.bundle.VerificationReport;
import org.accord.publishing.internal.persistence.BundleRows.BundleSummary;
import org.accord.publishing.internal.render.ExportFormat;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

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

        static native TemplateInstance keys(String jwks, String certificate, String keyId);

        static native TemplateInstance verify(VerificationReport report, String fileName, Map<String, String> errors);
    }

    private final PublishingQueries queries;
    private final Exports exports;
    private final Bundles bundles;
    private final BundleVerifier verifier;
    private final SigningKeys keys;
    private final Viewers viewers;

    ExportPages(PublishingQueries queries, Exports exports, Bundles bundles, BundleVerifier verifier,
            SigningKeys keys, Viewers viewers) {
        this.queries = queries;
        this.exports = exports;
        this.bundles = bundles;
        this.verifier = verifier;
        this.keys = keys;
        this.viewers = viewers;
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

    /**
     * The file when it is stored; otherwise rendering starts (again, after a failure: following the link is asking
     * again) and the page follows it until the file is there.
     */
    @GET
    @Path("versions/{versionId}/{format}")
    @Produces(MediaType.WILDCARD)
    public Response export(@RestPath UUID versionId, @RestPath String format) {
        ExportFormat chosen = Formats.named(format);
        return exports.file(versionId, chosen)
                .map(file -> Downloads.of(file.content(), file.mediaType(), file.fileName(), file.state().sha256()))
                .orElseGet(() -> {
                    exports.request(versionId, chosen, viewers.username(), true);
                    return Response.ok(Templates.generating(queries.summary(versionId),
                            queries.export(versionId, chosen)), MediaType.TEXT_HTML).build();
                });
    }

    /** The progress fragment the generating page asks for every second. */
    @GET
    @Path("versions/{versionId}/{format}/progress")
    public TemplateInstance progress(@RestPath UUID versionId, @RestPath String format) {
        return Templates.generating$progress(queries.summary(versionId),
                queries.export(versionId, Formats.named(format)));
    }

    @POST
    @Path("versions/{versionId}/bundles")
    @RolesAllowed({Roles.LIAISON, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response build(@RestPath UUID versionId) {
        return FormResponses.submit(() -> bundles.build(versionId, viewers.actor()), "/exports/versions/" + versionId
                + "#version-bundles", errors -> Templates.version(queries.version(versionId), mayBundle(), errors));
    }

    @GET
    @Path("bundles/{bundleId}")
    @Produces(BundlesApi.ZIP)
    public Response bundle(@RestPath UUID bundleId) {
        BundleSummary bundle = queries.bundle(bundleId);
        return Downloads.of(bundles.content(bundleId), BundlesApi.ZIP, "bundle-" + bundleId + ".zip",
                bundle.sha256());
    }

    /** Public: anyone may check a bundle's signatures with the keys published here. */
    @GET
    @Path("keys")
    @PermitAll
    public TemplateInstance keys() {
        return Templates.keys(keys.jwks(), keys.certificatePem(), keys.keyId());
    }

    @GET
    @Path("verify")
    public TemplateInstance verifyForm() {
        return Templates.verify(null, null, Map.of());
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response verify(@RestForm("bundle") FileUpload bundle) {
        if (bundle == null || bundle.fileName() == null || bundle.fileName().isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.verify(null, null, FormResponses
                    .errors(RuleViolation.invalid("bundle", Text.of("publishing.bundle_file_required"))))).build();
        }
        try {
            return Response.ok(Templates.verify(verifier.verify(Files.readAllBytes(bundle.uploadedFile())),
                    bundle.fileName(), Map.of())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean mayBundle() {
        return viewers.actor().liaison();
    }
}
