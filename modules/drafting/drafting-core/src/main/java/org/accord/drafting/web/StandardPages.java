package org.accord.drafting.web;

import java.net.URI;
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

import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.Collision;
import org.accord.drafting.internal.app.DraftingViews;
import org.accord.drafting.internal.app.Redlines;
import org.accord.drafting.internal.app.StageChanging;
import org.accord.drafting.internal.app.StaleRevision;
import org.accord.drafting.internal.app.StaleSuggestion;
import org.accord.drafting.internal.app.StandardQueries;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.SuggestionsHandling;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.drafting.internal.domain.ClauseKind;
import org.accord.drafting.internal.domain.LineNumbers;
import org.accord.drafting.internal.domain.VersionComparison;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;
import org.accord.platform.text.SafeMarkdown;
import org.accord.platform.web.FormResponses;
import org.accord.review.api.query.ReviewQueries;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** Standards, clauses, versions and redlines in the browser; editing forms update the clause list in place (htmx). */
@Path("/standards")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.MEMBER)
public class StandardPages {

    /** What an editor typed into a clause form, shown back when the save is refused. */
    public record ClauseDraft(String heading, String text, String rationale, List<String> answersComments) {

        public ClauseDraft {
            answersComments = answersComments == null ? List.of() : List.copyOf(answersComments);
        }
    }

    /**
     * What review says of a clause: its comments in every version, and per revision the comments the revision answers.
     */
    public record ClauseReview(List<ReviewQueries.ClauseComment> comments,
            Map<UUID, List<ReviewQueries.AnsweredComment>> answered) {

        /** The comments a revision may name as answered: those not hidden. */
        public List<ReviewQueries.ClauseComment> answerable() {
            return comments.stream().filter(comment -> !comment.hidden()).toList();
        }
    }

    /** What an editor decided on a suggestion, shown back when the decision is refused. */
    public record DecisionDraft(UUID suggestionId, boolean accept, String reason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<DraftingViews.StandardSummary> standards, boolean canCreate,
                Map<String, String> errors);

        /**
         * @param nextSiblings
         *            the clause after each clause under the same parent, so that a move form left as it is stays put
         * @param editorsDraft
         *            the editors someone asked for when the change was refused, else null
         */
        static native TemplateInstance standard(DraftingViews.StandardView standard, List<ClauseKind> kinds,
                Map<UUID, UUID> nextSiblings, Map<String, String> errors, String editorsDraft,
                List<ReviewQueries.RoundOnVersion> rounds, Map<UUID, Integer> commentCounts);

        static native TemplateInstance clause(DraftingViews.StandardView standard, DraftingViews.ClauseDetail detail,
                DraftingViews.RevisionDiff diff, ClauseDraft draft, StaleRevision.Current conflict,
                StaleSuggestion staleSuggestion, DecisionDraft decision, Map<String, String> errors,
                ClauseReview review);

        /**
         * @param lines
         *            each clause's text with its lines numbered, by clause id
         */
        static native TemplateInstance version(DraftingViews.StandardView standard,
                DraftingViews.VersionView version, Map<UUID, String> lines);

        static native TemplateInstance diff(DraftingViews.StandardView standard, DraftingViews.VersionSummary from,
                DraftingViews.VersionSummary to, VersionComparison comparison);

        static native TemplateInstance history(DraftingViews.StandardView standard,
                List<DraftingViews.HistoryEntry> entries);
    }

    private final StandardQueries queries;
    private final StandardsAdministration standards;
    private final ClauseEditing clauses;
    private final SuggestionsHandling suggestions;
    private final VersionPublishing versions;
    private final StageChanging stages;
    private final Redlines redlines;
    private final ReviewQueries review;
    private final SecurityIdentity identity;

    StandardPages(StandardQueries queries, StandardsAdministration standards, ClauseEditing clauses,
            SuggestionsHandling suggestions, VersionPublishing versions, StageChanging stages, Redlines redlines,
            ReviewQueries review, SecurityIdentity identity) {
        this.review = review;
        this.queries = queries;
        this.standards = standards;
        this.clauses = clauses;
        this.suggestions = suggestions;
        this.versions = versions;
        this.stages = stages;
        this.redlines = redlines;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list() {
        return listPage(Map.of());
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String reference, @RestForm String title, @RestForm String scope,
            @RestForm String editors) {
        return FormResponses.submit(() -> "/standards/" + standards.create(actor(), reference, title, scope,
                editors == null ? List.of() : List.of(editors.split(","))), this::listPage);
    }

    @POST
    @Path("import")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importMarkdown(@RestForm String reference, @RestForm String title, @RestForm String markdown) {
        return FormResponses.submit(() -> "/standards/" + standards.importMarkdown(actor(), reference, title,
                markdown), this::listPage);
    }

    /** The rendered Markdown of a clause being written, for the form's preview (htmx). */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String preview(@RestForm String text) {
        return SafeMarkdown.toHtml(text == null ? "" : text);
    }

    @GET
    @Path("{id}")
    public TemplateInstance standard(@RestPath UUID id) {
        return standardPage(id, Map.of());
    }

    @POST
    @Path("{id}/editors")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setEditors(@RestPath UUID id, @RestForm String editors) {
        return FormResponses.submit(() -> standards.setEditors(actor(), id,
                editors == null ? List.of() : List.of(editors.split(","))), "/standards/" + id,
                errors -> standardPage(id, errors, editors));
    }

    @POST
    @Path("{id}/clauses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addClause(@RestPath UUID id, @RestForm String parentId, @RestForm String kind,
            @RestForm String heading, @RestForm String text) {
        return FormResponses
                .submit(() -> clauses.add(actor(), id, FormResponses.id("parentId", parentId), Integer.MAX_VALUE,
                        kind, heading, text), "/standards/" + id, errors -> standardPage(id, errors));
    }

    @POST
    @Path("{id}/clauses/{clauseId}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath UUID id, @RestPath UUID clauseId, @RestForm String parentId,
            @RestForm String beforeId) {
        return FormResponses.submit(() -> clauses.move(actor(), id, clauseId, FormResponses.id("parentId", parentId),
                FormResponses.id("beforeId", beforeId)), "/standards/" + id, errors -> standardPage(id, errors));
    }

    @POST
    @Path("{id}/clauses/{clauseId}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath UUID id, @RestPath UUID clauseId, @RestForm String rationale) {
        return FormResponses.submit(() -> clauses.remove(actor(), id, clauseId, rationale), "/standards/" + id,
                errors -> standardPage(id, errors));
    }

    @GET
    @Path("{id}/clauses/{clauseId}")
    public TemplateInstance clause(@RestPath UUID id, @RestPath UUID clauseId, @RestQuery Integer from,
            @RestQuery Integer to) {
        DraftingViews.ClauseDetail detail = queries.clause(id, clauseId);
        DraftingViews.RevisionDiff diff = from == null || to == null
                ? null
                : redlines.revisions(id, clauseId, from, to);
        return Templates.clause(queries.standard(id, actor()), detail, diff, null, null, null, null, Map.of(),
                clauseReview(detail));
    }

    /**
     * @param answersComments
     *            the comments ticked as answered by this revision, one field each
     */
    @POST
    @Path("{id}/clauses/{clauseId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@RestPath UUID id, @RestPath UUID clauseId, @RestForm String baseRevisionId,
            @RestForm String heading, @RestForm String text, @RestForm String rationale,
            @RestForm List<String> answersComments) {
        ClauseDraft draft = new ClauseDraft(heading, text, rationale, answersComments);
        try {
            clauses.revise(actor(), id, clauseId, FormResponses.id("baseRevisionId", baseRevisionId), heading, text,
                    rationale, commentIds(draft.answersComments()));
            return Response.seeOther(URI.create("/standards/" + id + "/clauses/" + clauseId)).build();
        } catch (StaleRevision stale) {
            return refusedOnClausePage(id, clauseId, draft, stale.current(), null, null, stale);
        } catch (Collision collision) {
            return refusedOnClausePage(id, clauseId, draft, StaleRevision.Current.of(queries.clause(id, clauseId)
                    .revisions().getFirst()), null, null, collision);
        } catch (RuleViolation refused) {
            return refusedOnClausePage(id, clauseId, draft, null, null, null, refused);
        }
    }

    /** The clause page again, with what was typed and the refusal next to the field at fault. */
    private Response refusedOnClausePage(UUID id, UUID clauseId, ClauseDraft draft, StaleRevision.Current conflict,
            StaleSuggestion staleSuggestion, DecisionDraft decision, RuleViolation refused) {
        if (refused.kind() == RuleViolation.Kind.NOT_FOUND) {
            throw refused;
        }
        DraftingViews.ClauseDetail detail = queries.clause(id, clauseId);
        return Response.status(FormResponses.status(refused)).entity(Templates.clause(queries.standard(id, actor()),
                detail, null, draft, conflict, staleSuggestion, decision, FormResponses.errors(refused),
                clauseReview(detail))).build();
    }

    /** The comments ticked on the form; an empty field is skipped, anything but an id is refused naming it. */
    private static List<UUID> commentIds(List<String> ticked) {
        List<UUID> ids = new java.util.ArrayList<>();
        for (String value : ticked) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException e) {
                throw RuleViolation.invalid("answersComments", Text.of("drafting.not_a_comment_id", value));
            }
        }
        return ids;
    }

    /** Review's comments on the clause and on its revisions: a fixed number of statements whatever their number. */
    private ClauseReview clauseReview(DraftingViews.ClauseDetail detail) {
        return new ClauseReview(review.commentsOnClause(detail.clause().id()), review.commentsAnsweredBy(
                detail.revisions().stream().map(DraftingViews.RevisionView::id).toList()));
    }

    @POST
    @Path("{id}/clauses/{clauseId}/suggestions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suggest(@RestPath UUID id, @RestPath UUID clauseId, @RestForm String heading,
            @RestForm String text, @RestForm String reason) {
        return FormResponses.submit(() -> suggestions.suggest(actor(), id, clauseId, heading, text, reason),
                "/standards/" + id + "/clauses/" + clauseId, errors -> {
                    DraftingViews.ClauseDetail detail = queries.clause(id, clauseId);
                    return Templates.clause(queries.standard(id, actor()), detail, null, null, null, null, null,
                            errors, clauseReview(detail));
                });
    }

    @POST
    @Path("{id}/suggestions/{suggestionId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestPath UUID id, @RestPath UUID suggestionId, @RestForm String clauseId,
            @RestForm boolean accept, @RestForm String reason, @RestForm String ontoRevisionId) {
        UUID clause = FormResponses.id("clauseId", clauseId);
        UUID onto = FormResponses.id("ontoRevisionId", ontoRevisionId);
        DecisionDraft decision = new DecisionDraft(suggestionId, accept, reason);
        try {
            suggestions.decide(actor(), id, suggestionId, accept, reason, onto);
            return Response.seeOther(URI.create("/standards/" + id + "/clauses/" + clause)).build();
        } catch (StaleSuggestion stale) {
            return refusedOnClausePage(id, clause, null, null, stale, decision, stale);
        } catch (RuleViolation refused) {
            return refusedOnClausePage(id, clause, null, null, null, decision, refused);
        }
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath UUID id) {
        return FormResponses.submit(() -> "/standards/" + id + "/versions/" + versions.publish(actor(), id),
                errors -> standardPage(id, errors));
    }

    @GET
    @Path("{id}/versions/{versionId}")
    public TemplateInstance version(@RestPath UUID id, @RestPath UUID versionId) {
        DraftingViews.VersionView version = queries.version(id, versionId);
        Map<UUID, String> lines = new java.util.HashMap<>();
        for (DraftingViews.ClauseView clause : version.clauses()) {
            lines.put(clause.id(), LineNumbers.of(clause.html()));
        }
        return Templates.version(queries.standard(id, actor()), version, lines);
    }

    @GET
    @Path("{id}/diff")
    public TemplateInstance diff(@RestPath UUID id, @RestQuery String from, @RestQuery String to) {
        UUID older = RedlineParameters.version("from", from);
        UUID newer = RedlineParameters.version("to", to);
        DraftingViews.StandardView standard = queries.standard(id, actor());
        return Templates.diff(standard, summary(standard, older), summary(standard, newer),
                redlines.versions(id, older, newer));
    }

    @POST
    @Path("{id}/stage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStage(@RestPath UUID id, @RestForm String stage, @RestForm String reason,
            @RestForm String ballotId) {
        return FormResponses.submit(() -> stages.change(actor(), id, stage, reason, ballotId), "/standards/" + id,
                errors -> standardPage(id, errors));
    }

    @GET
    @Path("{id}/history")
    public TemplateInstance history(@RestPath UUID id) {
        return Templates.history(queries.standard(id, actor()), queries.history(id));
    }

    private TemplateInstance listPage(Map<String, String> errors) {
        return Templates.list(queries.list(), identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.ADMIN),
                errors);
    }

    private TemplateInstance standardPage(UUID id, Map<String, String> errors) {
        return standardPage(id, errors, null);
    }

    private TemplateInstance standardPage(UUID id, Map<String, String> errors, String editorsDraft) {
        DraftingViews.StandardView standard = queries.standard(id, actor());
        return Templates.standard(standard, List.of(ClauseKind.values()), nextSiblings(standard.clauses()), errors,
                editorsDraft, review.roundsOfStandard(id), review.commentCounts(id));
    }

    /** Clauses come in document order, so the next clause seen under the same parent is the next sibling. */
    private static Map<UUID, UUID> nextSiblings(List<DraftingViews.ClauseView> clauses) {
        Map<UUID, UUID> next = new java.util.HashMap<>();
        Map<UUID, UUID> lastUnderParent = new java.util.HashMap<>();
        for (DraftingViews.ClauseView clause : clauses) {
            UUID previous = lastUnderParent.put(clause.parentId(), clause.id());
            if (previous != null) {
                next.put(previous, clause.id());
            }
        }
        return next;
    }

    private static DraftingViews.VersionSummary summary(DraftingViews.StandardView standard, UUID versionId) {
        return standard.versions().stream().filter(v -> v.id().equals(versionId)).findFirst()
                .orElseThrow(() -> RuleViolation.notFound(Text.of("drafting.no_version", versionId)));
    }

    private Actor actor() {
        return Actors.of(identity);
    }
}
