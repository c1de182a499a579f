package org.accord.review.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;
import org.accord.platform.web.Page;
import org.accord.platform.web.PageParams;
import org.accord.platform.web.Paging;
import org.accord.review.internal.app.CommentImport;
import org.accord.review.internal.app.CommentReports;
import org.accord.review.internal.app.Commenting;
import org.accord.review.internal.app.Disposing;
import org.accord.review.internal.app.RoundAdministration;
import org.accord.review.internal.app.RoundQueries;
import org.accord.review.internal.domain.Balance;
import org.accord.review.internal.persistence.ReviewRows;
import org.accord.review.internal.sheets.SheetFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import static org.accord.platform.web.FormResponses.required;

@Path("/api/rounds")
@Tag(name = "Comment rounds")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class RoundsApi {

    public record OpenRequest(UUID draftVersionId, String title, String instructions, Instant opensAt,
            Instant closesAt, Boolean visibleWhileOpen) {
    }

    public record ExtendRequest(Instant closesAt, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    public record CommentRequest(String clause, Integer lineNumber, String element, String type, String text,
            String proposedChange) {
    }

    public record DispositionRequest(List<UUID> commentIds, String decision, String modification,
            String observations, List<UUID> revisionIds) {
    }

    public record ResponseRequest(Boolean satisfied, String reason) {
    }

    public record Created(UUID id) {
    }

    public record Imported(int comments) {
    }

    /** A round without its comments, which are listed a page at a time. */
    public record RoundDetails(UUID id, String title, String instructions, UUID standardId, String reference,
            UUID draftVersionId, String versionLabel, String status, Instant opensAt, Instant closesAt,
            boolean visibleWhileOpen, Instant openedAt, Instant closedAt, String closedBy, String closeReason,
            List<ReviewRows.Extension> extensions, boolean flagged, List<String> silentSides,
            List<String> silentGroups, RoundQueries.Counts counts,
            Balance balance) {
    }

    private final RoundQueries queries;
    private final RoundAdministration administration;
    private final Commenting commenting;
    private final Disposing disposing;
    private final CommentReports reports;
    private final CommentImport imports;
    private final Viewers viewers;
    private final Paging paging;

    RoundsApi(RoundQueries queries, RoundAdministration administration, Commenting commenting, Disposing disposing,
            CommentReports reports, CommentImport imports, Viewers viewers, Paging paging) {
        this.queries = queries;
        this.administration = administration;
        this.commenting = commenting;
        this.disposing = disposing;
        this.reports = reports;
        this.imports = imports;
        this.viewers = viewers;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "The comment rounds, newest first, a page at a time")
    public RestResponse<Page<RoundQueries.RoundSummary>> list(@BeanParam PageParams page) {
        return paging.respond(page, queries.list(paging.request(page)));
    }

    @POST
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Open a comment round on a published draft version")
    public Response open(OpenRequest request) {
        UUID id = administration.open(new RoundAdministration.Opening(required(request).draftVersionId(),
                request.title(), request.instructions(), request.opensAt(), request.closesAt(),
                request.visibleWhileOpen()), viewers.username());
        return Response.created(URI.create("/api/rounds/" + id)).entity(new Created(id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A round: its times, counts and comments by side and stakeholder group")
    public RoundDetails get(@RestPath UUID id) {
        RoundQueries.RoundView round = queries.round(id, viewers.actor());
        return new RoundDetails(round.id(), round.title(), round.instructions(), round.standardId(),
                round.reference(), round.draftVersionId(), round.versionLabel(), round.status(), round.opensAt(),
                round.closesAt(), round.visibleWhileOpen(), round.openedAt(), round.closedAt(), round.closedBy(),
                round.closeReason(), round.extensions(), round.flagged(), round.silentSides(),
                round.silentGroups(), round.counts(), round.balance());
    }

    @POST
    @Path("{id}/extension")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Move a round's closing time later, with a reason")
    public RoundDetails extend(@RestPath UUID id, ExtendRequest request) {
        administration.extend(id, required(request).closesAt(), request.reason(), viewers.username());
        return get(id);
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Close a round before its time, with a reason")
    public RoundDetails close(@RestPath UUID id, ReasonRequest request) {
        administration.close(id, required(request).reason(), viewers.username());
        return get(id);
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "The round's comments I may see, in number order, a page at a time")
    public RestResponse<Page<RoundQueries.CommentView>> comments(@RestPath UUID id, @BeanParam PageParams page) {
        return paging.respond(page, queries.comments(id, viewers.actor(), paging.request(page)));
    }

    @POST
    @Path("{id}/comments")
    @Operation(summary = "Comment on a clause (by id or number in the round's version) or on the whole document")
    public Response comment(@RestPath UUID id, CommentRequest request) {
        UUID commentId = commenting.submit(id, draft(required(request)), viewers.username());
        return Response.created(URI.create("/api/rounds/" + id + "/comments/" + commentId))
                .entity(new Created(commentId)).build();
    }

    @GET
    @Path("{id}/comments/{commentId}")
    @Operation(summary = "One comment with its disposition, the commenter's response and the revisions answering it")
    public RoundQueries.CommentView getComment(@RestPath UUID id, @RestPath UUID commentId) {
        return queries.comment(id, commentId, viewers.actor());
    }

    @PUT
    @Path("{id}/comments/{commentId}")
    @Operation(summary = "Edit my comment while the round is open; the earlier text is kept")
    public RoundQueries.CommentView revise(@RestPath UUID id, @RestPath UUID commentId, CommentRequest request) {
        commenting.revise(id, commentId, draft(required(request)), viewers.username());
        return getComment(id, commentId);
    }

    @GET
    @Path("{id}/comments/{commentId}/history")
    @Operation(summary = "Every text the comment has had, oldest first")
    public List<ReviewRows.CommentText> history(@RestPath UUID id, @RestPath UUID commentId) {
        return queries.history(queries.comment(id, commentId, viewers.actor()), viewers.actor());
    }

    @POST
    @Path("{id}/comments/{commentId}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw my comment while the round is open")
    public RoundQueries.CommentView withdraw(@RestPath UUID id, @RestPath UUID commentId) {
        commenting.withdraw(id, commentId, viewers.username());
        return getComment(id, commentId);
    }

    @POST
    @Path("{id}/comments/{commentId}/hiding")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Hide a comment (abuse, personal data) with a reason; a tombstone stays in its place")
    public RoundQueries.CommentView hide(@RestPath UUID id, @RestPath UUID commentId, ReasonRequest request) {
        commenting.hide(id, commentId, required(request).reason(), viewers.username());
        return getComment(id, commentId);
    }

    @POST
    @Path("{id}/dispositions")
    @RolesAllowed({Roles.EDITOR, Roles.MODERATOR})
    @Operation(summary = "Dispose of a comment or a group of duplicates, optionally linking the revisions that implement it")
    public Response dispose(@RestPath UUID id, DispositionRequest request) {
        UUID dispositionId = disposing.dispose(id, new Disposing.Answer(required(request).commentIds(),
                request.decision(), request.modification(), request.observations(), request.revisionIds()),
                viewers.actor());
        return Response.status(Response.Status.CREATED).entity(new Created(dispositionId)).build();
    }

    @POST
    @Path("{id}/comments/{commentId}/response")
    @Operation(summary = "Say whether the disposition of my comment satisfies me; not satisfied needs a reason")
    public RoundQueries.CommentView respond(@RestPath UUID id, @RestPath UUID commentId, ResponseRequest request) {
        if (required(request).satisfied() == null) {
            throw RuleViolation.invalid("satisfied", Text.of("review.say_satisfied"));
        }
        disposing.respond(id, commentId, request.satisfied(), request.reason(), viewers.username());
        return getComment(id, commentId);
    }

    @GET
    @Path("{id}/carried")
    @Operation(summary = "Comments of earlier rounds on the standard, against the clauses of this round's version")
    public List<RoundQueries.CarriedComment> carried(@RestPath UUID id) {
        return queries.carried(id);
    }

    @GET
    @Path("{id}/report")
    @Produces({Reports.DOCX, Reports.XLSX, Reports.CSV})
    @Operation(summary = "The disposition-of-comments report as the ISO/IEC commenting template: format docx, xlsx or csv")
    public Response report(@RestPath UUID id, @RestQuery String format) {
        return Reports.download(reports.report(id, SheetFormat.of("report." + (format == null ? "" : format), null),
                viewers.actor(), viewers.reader()));
    }

    @POST
    @Path("{id}/import")
    // Any body: its name or media type says which format it is, and an unknown one is a 400 that says so.
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import comments filled into the commenting template, sent as the request body (DOCX, XLSX"
            + " or CSV, at most 10 MB), all or nothing; onBehalfOf (moderators) names an external body")
    public Imported importComments(@RestPath UUID id, @RestQuery String fileName, @RestQuery String onBehalfOf,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        Reports.Upload upload = Reports.upload(fileName, contentType, body, imports.limit(),
                viewers.reader().language());
        return new Imported(imports.importFile(id, upload.fileName(), upload.contentType(), upload.content(),
                viewers.actor(), onBehalfOf));
    }

    private static Commenting.Draft draft(CommentRequest request) {
        return new Commenting.Draft(request.clause(), request.lineNumber(), request.element(), request.type(),
                request.text(), request.proposedChange());
    }
}
