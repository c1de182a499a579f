package org.accord.drafting.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.DraftingViews;
import org.accord.drafting.internal.app.Redlines;
import org.accord.drafting.internal.app.StageChanging;
import org.accord.drafting.internal.app.StaleRevision;
import org.accord.drafting.internal.app.StaleSuggestion;
import org.accord.drafting.internal.app.StandardQueries;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.SuggestionsHandling;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.drafting.internal.domain.VersionComparison;
import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.security.Roles;
import org.accord.platform.web.Page;
import org.accord.platform.web.PageParams;
import org.accord.platform.web.Paging;
import org.accord.platform.web.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.identity.SecurityIdentity;

import static org.accord.platform.web.FormResponses.required;

@Path("/api/standards")
@Tag(name = "Standards")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class StandardsApi {

    public record StandardRequest(String reference, String title, String scope, List<String> editors) {
    }

    public record EditorsRequest(List<String> editors) {
    }

    public record ImportRequest(String reference, String title, String markdown) {
    }

    public record ClauseRequest(UUID parentId, Integer position, String kind, String heading, String text) {
    }

    /** {@code answersComments}: ids of review comments on this standard that the revision answers (optional). */
    public record RevisionRequest(UUID baseRevisionId, String heading, String text, String rationale,
            List<UUID> answersComments) {
    }

    /**
     * Where a clause goes: under {@code parentId} (null: top level), before its child {@code beforeId} (null: last).
     */
    public record MoveRequest(UUID parentId, UUID beforeId) {
    }

    public record SuggestionRequest(String heading, String text, String reason) {
    }

    /** {@code ontoRevisionId}: accept a suggestion made on an older revision onto this, the current one. */
    public record DecisionRequest(Boolean accept, String reason, UUID ontoRevisionId) {
    }

    /** {@code ballotId}: the passed ballot that carries a step to the consensus draft or to approval. */
    public record StageRequest(String stage, String reason, String ballotId) {
    }

    public record Created(UUID id) {
    }

    /** A refused save: the problem, and the revision that got there first. */
    public record StaleRevisionProblem(String type, String title, int status, String detail, String field,
            StaleRevision.Current current) {
    }

    private final StandardQueries queries;
    private final StandardsAdministration standards;
    private final ClauseEditing clauses;
    private final SuggestionsHandling suggestions;
    private final VersionPublishing versions;
    private final StageChanging stages;
    private final Redlines redlines;
    private final SecurityIdentity identity;
    private final Paging paging;

    StandardsApi(StandardQueries queries, StandardsAdministration standards, ClauseEditing clauses,
            SuggestionsHandling suggestions, VersionPublishing versions, StageChanging stages, Redlines redlines,
            SecurityIdentity identity, Paging paging) {
        this.paging = paging;
        this.queries = queries;
        this.standards = standards;
        this.clauses = clauses;
        this.suggestions = suggestions;
        this.versions = versions;
        this.stages = stages;
        this.redlines = redlines;
        this.identity = identity;
    }

    /** A refused acceptance: the problem, the suggestion, the revision it was made on and the current one. */
    public record StaleSuggestionProblem(String type, String title, int status, String detail, String field,
            StaleSuggestion.Suggested suggestion, StaleRevision.Current base, StaleRevision.Current current) {
    }

    @ServerExceptionMapper
    public Response staleSuggestion(StaleSuggestion stale) {
        return Response.status(409).type(Problem.MEDIA).entity(new StaleSuggestionProblem("about:blank", "Conflict",
                409, stale.message(RequestLanguage.current(), RequestLanguage.currentZone()), stale.field(),
                stale.suggestion(), stale.base(),
                stale.current())).build();
    }

    @ServerExceptionMapper
    public Response stale(StaleRevision stale) {
        return Response.status(409).type(Problem.MEDIA).entity(new StaleRevisionProblem("about:blank", "Conflict",
                409, stale.message(RequestLanguage.current(), RequestLanguage.currentZone()), stale.field(),
                stale.current())).build();
    }

    @GET
    @Operation(summary = "The standards in reference order, a page at a time")
    public RestResponse<Page<DraftingViews.StandardSummary>> list(@BeanParam PageParams page) {
        return paging.respond(page, queries.list(paging.request(page)));
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Create a standard; the creator becomes one of its editors")
    public Response create(StandardRequest request) {
        UUID id = standards.create(actor(), required(request).reference(), request.title(), request.scope(),
                request.editors());
        return Response.created(URI.create("/api/standards/" + id)).entity(new Created(id)).build();
    }

    @POST
    @Path("import")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Create a standard from Markdown: headings become clauses")
    public Response importMarkdown(ImportRequest request) {
        UUID id = standards.importMarkdown(actor(), required(request).reference(), request.title(),
                request.markdown());
        return Response.created(URI.create("/api/standards/" + id)).entity(new Created(id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A standard with its numbered clauses")
    public DraftingViews.StandardView get(@RestPath UUID id) {
        return queries.standard(id, actor());
    }

    @PUT
    @Path("{id}/editors")
    @Operation(summary = "Set the standard's editors (its editors or an administrator)")
    public DraftingViews.StandardView setEditors(@RestPath UUID id, EditorsRequest request) {
        standards.setEditors(actor(), id, required(request).editors());
        return queries.standard(id, actor());
    }

    @POST
    @Path("{id}/clauses")
    @Operation(summary = "Add a clause (editors)")
    public Response addClause(@RestPath UUID id, ClauseRequest request) {
        UUID clauseId = clauses.add(actor(), id, required(request).parentId(),
                request.position() == null ? Integer.MAX_VALUE : request.position(), request.kind(),
                request.heading(), request.text());
        return Response.created(URI.create("/api/standards/" + id + "/clauses/" + clauseId))
                .entity(new Created(clauseId)).build();
    }

    @GET
    @Path("{id}/clauses/{clauseId}")
    @Operation(summary = "A clause with its revisions and suggestions")
    public DraftingViews.ClauseDetail clause(@RestPath UUID id, @RestPath UUID clauseId) {
        return queries.clause(id, clauseId);
    }

    @PUT
    @Path("{id}/clauses/{clauseId}")
    @Operation(summary = "Save a new revision, naming the review comments it answers if any; refused with the other"
            + " change when baseRevisionId is not current, and with 400 naming any id that is no comment on this"
            + " standard")
    public DraftingViews.ClauseDetail revise(@RestPath UUID id, @RestPath UUID clauseId, RevisionRequest request) {
        clauses.revise(actor(), id, clauseId, required(request).baseRevisionId(), request.heading(), request.text(),
                request.rationale(), request.answersComments());
        return queries.clause(id, clauseId);
    }

    @POST
    @Path("{id}/clauses/{clauseId}/move")
    @Operation(summary = "Move a clause with its subclauses under parentId (omitted: top level), just before beforeId,"
            + " one of that parent's children (omitted: last)")
    public DraftingViews.StandardView move(@RestPath UUID id, @RestPath UUID clauseId, MoveRequest request) {
        clauses.move(actor(), id, clauseId, required(request).parentId(), request.beforeId());
        return queries.standard(id, actor());
    }

    @DELETE
    @Path("{id}/clauses/{clauseId}")
    @Operation(summary = "Remove a clause and its subclauses; their history stays")
    public DraftingViews.StandardView remove(@RestPath UUID id, @RestPath UUID clauseId,
            @RestQuery String rationale) {
        clauses.remove(actor(), id, clauseId, rationale);
        return queries.standard(id, actor());
    }

    @GET
    @Path("{id}/clauses/{clauseId}/diff")
    @Operation(summary = "Word-level redline between two revisions of a clause, given by number")
    public DraftingViews.RevisionDiff revisionDiff(@RestPath UUID id, @RestPath UUID clauseId,
            @RestQuery @Parameter(required = true) String from, @RestQuery @Parameter(required = true) String to) {
        return redlines.revisions(id, clauseId, RedlineParameters.revision("from", from),
                RedlineParameters.revision("to", to));
    }

    @POST
    @Path("{id}/clauses/{clauseId}/suggestions")
    @Operation(summary = "Suggest new text for a clause (any member)")
    public Response suggest(@RestPath UUID id, @RestPath UUID clauseId, SuggestionRequest request) {
        UUID suggestionId = suggestions.suggest(actor(), id, clauseId, required(request).heading(), request.text(),
                request.reason());
        return Response.status(201).entity(new Created(suggestionId)).build();
    }

    @GET
    @Path("{id}/suggestions")
    @Operation(summary = "The standard's suggestions and their outcome, newest first, a page at a time")
    public RestResponse<Page<DraftingViews.SuggestionView>> suggestions(@RestPath UUID id,
            @BeanParam PageParams page) {
        return paging.respond(page, queries.suggestions(id, paging.request(page)));
    }

    @POST
    @Path("{id}/suggestions/{suggestionId}/decision")
    @Operation(summary = "Accept (creating a revision) or decline a suggestion, with a reason (editors); a suggestion"
            + " made on an older revision is refused with 409 and the three texts unless ontoRevisionId names the"
            + " current revision; answers the decided suggestion")
    public DraftingViews.SuggestionView decide(@RestPath UUID id, @RestPath UUID suggestionId,
            DecisionRequest request) {
        suggestions.decide(actor(), id, suggestionId, Boolean.TRUE.equals(required(request).accept()),
                request.reason(), request.ontoRevisionId());
        return queries.suggestion(id, suggestionId);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "The standard's draft versions, newest first, a page at a time")
    public RestResponse<Page<DraftingViews.VersionSummary>> versions(@RestPath UUID id, @BeanParam PageParams page) {
        return paging.respond(page, queries.versionSummaries(id, paging.request(page)));
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Publish the current text as a frozen draft version (editors)")
    public Response publish(@RestPath UUID id) {
        UUID versionId = versions.publish(actor(), id);
        return Response.created(URI.create("/api/standards/" + id + "/versions/" + versionId))
                .entity(queries.version(id, versionId)).build();
    }

    @GET
    @Path("{id}/versions/{versionId}")
    @Operation(summary = "A frozen draft version, also as JSON export")
    public DraftingViews.VersionView version(@RestPath UUID id, @RestPath UUID versionId) {
        return queries.version(id, versionId);
    }

    @GET
    @Path("{id}/versions/{versionId}/markdown")
    @Produces("text/markdown")
    @Operation(summary = "A draft version exported as Markdown")
    public Response markdown(@RestPath UUID id, @RestPath UUID versionId) {
        return Response.ok(queries.exportMarkdown(id, versionId)).header("Content-Disposition",
                "attachment; filename=\"standard-" + versionId + ".md\"").build();
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "Clauses added, removed, moved and changed between two draft versions, with redlines")
    public VersionComparison diff(@RestPath UUID id, @RestQuery @Parameter(required = true) String from,
            @RestQuery @Parameter(required = true) String to) {
        return redlines.versions(id, RedlineParameters.version("from", from), RedlineParameters.version("to", to));
    }

    @POST
    @Path("{id}/stage")
    @Operation(summary = "Move the standard to another stage; the consensus draft and approval name the passed ballot"
            + " that carries them; refusals explain why")
    public DraftingViews.StandardView changeStage(@RestPath UUID id, StageRequest request) {
        stages.change(actor(), id, required(request).stage(), request.reason(), request.ballotId());
        return queries.standard(id, actor());
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who changed what in the standard, when and why, newest first, a page at a time")
    public RestResponse<Page<DraftingViews.HistoryEntry>> history(@RestPath UUID id, @BeanParam PageParams page) {
        return paging.respond(page, queries.history(id, paging.request(page)));
    }

    private org.accord.drafting.internal.app.Actor actor() {
        return Actors.of(identity);
    }
}
