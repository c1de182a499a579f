package org.accord.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.accord.platform.web.FormResponses;
import org.accord.review.internal.app.CommentImport;
import org.accord.review.internal.app.CommentReports;
import org.accord.review.internal.app.Commenting;
import org.accord.review.internal.app.Disposing;
import org.accord.review.internal.app.RoundAdministration;
import org.accord.review.internal.app.RoundQueries;
import org.accord.review.internal.persistence.ReviewRows;
import org.accord.review.internal.sheets.SheetFormat;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Comment rounds in the browser; every form works without JavaScript, and htmx updates the comments in place. */
@Path("/rounds")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.MEMBER)
public class RoundPages {

    /** What was typed into the comment form, shown again when it is refused, so that no one types a comment twice. */
    public record CommentForm(String clause, String lineNumber, String element, String type, String text,
            String proposedChange) {

        static final CommentForm EMPTY = new CommentForm("general", "", "", "", "", "");

        public CommentForm {
            clause = clause == null || clause.isBlank() ? "general" : clause;
            lineNumber = lineNumber == null ? "" : lineNumber;
            element = element == null ? "" : element;
            type = type == null ? "" : type;
            text = text == null ? "" : text;
            proposedChange = proposedChange == null ? "" : proposedChange;
        }

        public boolean onClause(UUID clauseId) {
            return clause.equals(String.valueOf(clauseId));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<RoundQueries.RoundSummary> rounds,
                List<RoundQueries.VersionChoice> versions, boolean moderator, Map<String, String> errors);

        static native TemplateInstance round(RoundQueries.RoundView round, CommentForm form,
                Map<String, String> errors);

        static native TemplateInstance comment(RoundQueries.RoundView round, RoundQueries.CommentView comment,
                List<ReviewRows.CommentText> history,
                List<RoundQueries.RevisionChoice> revisions, Map<String, String> errors);

        static native TemplateInstance report(RoundQueries.RoundSummary round, List<RoundQueries.CommentView> comments);
    }

    private final RoundQueries queries;
    private final RoundAdministration administration;
    private final Commenting commenting;
    private final Disposing disposing;
    private final CommentReports reports;
    private final CommentImport imports;
    private final Viewers viewers;

    RoundPages(RoundQueries queries, RoundAdministration administration, Commenting commenting,
            Disposing disposing, CommentReports reports, CommentImport imports, Viewers viewers) {
        this.queries = queries;
        this.administration = administration;
        this.commenting = commenting;
        this.disposing = disposing;
        this.reports = reports;
        this.imports = imports;
        this.viewers = viewers;
    }

    @GET
    public TemplateInstance list() {
        return listPage(Map.of());
    }

    @POST
    @RolesAllowed(Roles.MODERATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@RestForm String draftVersionId, @RestForm String title, @RestForm String instructions,
            @RestForm String opensAt, @RestForm String closesAt, @RestForm String visibility) {
        return FormResponses.submit(() -> "/rounds/" + administration.open(new RoundAdministration.Opening(
                FormResponses.id("draftVersionId", draftVersionId), title, instructions,
                FormResponses.moment("opensAt", opensAt),
                FormResponses.moment("closesAt", closesAt), !"AFTER_CLOSE".equals(visibility)), viewers.username()),
                this::listPage);
    }

    @GET
    @Path("{id}")
    public TemplateInstance round(@RestPath UUID id) {
        return roundPage(id, Map.of());
    }

    @POST
    @Path("{id}/extension")
    @RolesAllowed(Roles.MODERATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extend(@RestPath UUID id, @RestForm String closesAt, @RestForm String reason) {
        return FormResponses.submit(() -> administration.extend(id, FormResponses.moment("closesAt", closesAt), reason,
                viewers.username()), "/rounds/" + id, errors -> roundPage(id, errors));
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed(Roles.MODERATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@RestPath UUID id, @RestForm String reason) {
        return FormResponses.submit(() -> administration.close(id, reason, viewers.username()), "/rounds/" + id,
                errors -> roundPage(id, errors));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath UUID id, @RestForm String clause, @RestForm String lineNumber,
            @RestForm String element, @RestForm String type, @RestForm String text,
            @RestForm String proposedChange) {
        CommentForm form = new CommentForm(clause, lineNumber, element, type, text, proposedChange);
        return FormResponses.submit(() -> "/rounds/" + id + "#comment-" + commenting.submit(id,
                draft(clause, lineNumber, element, type, text, proposedChange), viewers.username()),
                errors -> roundPage(id, form, errors));
    }

    @GET
    @Path("{id}/comments/{commentId}")
    public TemplateInstance show(@RestPath UUID id, @RestPath UUID commentId) {
        return commentPage(id, commentId, Map.of());
    }

    @POST
    @Path("{id}/comments/{commentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@RestPath UUID id, @RestPath UUID commentId, @RestForm String clause,
            @RestForm String lineNumber, @RestForm String element, @RestForm String type, @RestForm String text,
            @RestForm String proposedChange) {
        return FormResponses.submit(() -> commenting.revise(id, commentId,
                draft(clause, lineNumber, element, type, text, proposedChange), viewers.username()),
                commentAddress(id, commentId), errors -> commentPage(id, commentId, errors));
    }

    @POST
    @Path("{id}/comments/{commentId}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath UUID id, @RestPath UUID commentId) {
        return FormResponses.submit(() -> commenting.withdraw(id, commentId, viewers.username()),
                commentAddress(id, commentId), errors -> commentPage(id, commentId, errors));
    }

    @POST
    @Path("{id}/comments/{commentId}/hiding")
    @RolesAllowed(Roles.MODERATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hide(@RestPath UUID id, @RestPath UUID commentId, @RestForm String reason) {
        return FormResponses.submit(() -> commenting.hide(id, commentId, reason, viewers.username()),
                commentAddress(id, commentId), errors -> commentPage(id, commentId, errors));
    }

    @POST
    @Path("{id}/comments/{commentId}/disposition")
    @RolesAllowed({Roles.EDITOR, Roles.MODERATOR})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dispose(@RestPath UUID id, @RestPath UUID commentId, @RestForm List<String> duplicates,
            @RestForm String decision, @RestForm String modification, @RestForm String observations,
            @RestForm List<String> revisionIds) {
        return FormResponses.submit(() -> {
            List<UUID> answered = new ArrayList<>(List.of(commentId));
            duplicates.forEach(duplicate -> answered.add(FormResponses.id("duplicates", duplicate)));
            disposing.dispose(id, new Disposing.Answer(answered, decision, modification, observations,
                    revisionIds.stream().map(revision -> FormResponses.id("revisionIds", revision)).toList()),
                    viewers.actor());
        }, commentAddress(id, commentId), errors -> commentPage(id, commentId, errors));
    }

    @POST
    @Path("{id}/comments/{commentId}/response")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response respond(@RestPath UUID id, @RestPath UUID commentId, @RestForm String satisfied,
            @RestForm String reason) {
        return FormResponses.submit(() -> {
            if (!"yes".equals(satisfied) && !"no".equals(satisfied)) {
                throw RuleViolation.invalid("satisfied", Text.of("review.say_satisfied"));
            }
            disposing.respond(id, commentId, "yes".equals(satisfied), reason, viewers.username());
        }, commentAddress(id, commentId), errors -> commentPage(id, commentId, errors));
    }

    @GET
    @Path("{id}/report")
    public TemplateInstance report(@RestPath UUID id) {
        return Templates.report(queries.summary(id), queries.comments(id, viewers.actor()));
    }

    @GET
    @Path("{id}/report.{format}")
    @Produces({Reports.DOCX, Reports.XLSX, Reports.CSV})
    public Response download(@RestPath UUID id, @RestPath String format) {
        return Reports.download(reports.report(id, SheetFormat.of("report." + format, null), viewers.actor(),
                viewers.reader()));
    }

    @POST
    @Path("{id}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importComments(@RestPath UUID id, @RestForm("file") FileUpload file,
            @RestForm String onBehalfOf) {
        return FormResponses.submit(() -> {
            Reports.Upload upload = Reports.upload(file, imports.limit(), viewers.reader().language());
            imports.importFile(id, upload.fileName(), upload.contentType(), upload.content(), viewers.actor(),
                    onBehalfOf);
        }, "/rounds/" + id + "#comments", errors -> roundPage(id, errors));
    }

    private TemplateInstance listPage(Map<String, String> errors) {
        return Templates.list(queries.list(), queries.versions(), viewers.actor().moderator(), errors);
    }

    private TemplateInstance roundPage(UUID id, Map<String, String> errors) {
        return roundPage(id, CommentForm.EMPTY, errors);
    }

    private TemplateInstance roundPage(UUID id, CommentForm form, Map<String, String> errors) {
        return Templates.round(queries.round(id, viewers.actor()), form, errors);
    }

    private TemplateInstance commentPage(UUID id, UUID commentId, Map<String, String> errors) {
        RoundQueries.RoundView round = queries.round(id, viewers.actor());
        RoundQueries.CommentView comment = round.comments().stream().filter(c -> c.id().equals(commentId))
                .findFirst().orElseThrow(() -> Commenting.noComment(commentId));
        return Templates.comment(round, comment, queries.history(comment, viewers.actor()),
                round.mayDispose() ? queries.revisionChoices(round, comment) : List.of(), errors);
    }

    private static String commentAddress(UUID id, UUID commentId) {
        return "/rounds/" + id + "/comments/" + commentId;
    }

    private static Commenting.Draft draft(String clause, String lineNumber, String element, String type,
            String text, String proposedChange) {
        return new Commenting.Draft(clause, Commenting.lineNumber(lineNumber), element, type, text, proposedChange);
    }

}
