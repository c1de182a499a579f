package org.accord.drafting.internal.app;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.accord.drafting.api.events.ClauseAdded;
import org.accord.drafting.api.events.ClauseMoved;
import org.accord.drafting.api.events.ClauseRemoved;
import org.accord.drafting.api.events.ClauseRevised;
import org.accord.drafting.internal.domain.ClauseKind;
import org.accord.drafting.internal.domain.ClauseNode;
import org.accord.drafting.internal.domain.ClauseTree;
import org.accord.drafting.internal.domain.HistoryLine;
import org.accord.drafting.internal.persistence.ClauseEntity;
import org.accord.drafting.internal.persistence.ClauseRevisionEntity;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.drafting.internal.persistence.StandardEntity;
import org.accord.drafting.internal.persistence.SuggestionEntity;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.review.api.query.ReviewQueries;

/** Editors add, revise, move and remove clauses; every save is a new immutable revision. */
@ApplicationScoped
@RefusesCollisions
public class ClauseEditing {

    /** A clause to append, in document order, when a whole text arrives at once (an import). */
    public record NewClause(UUID parentId, ClauseKind kind, String heading, String text) {
    }

    /** Far more than one revision sensibly answers, and a bound on the statement that checks them. */
    private static final int MAX_ANSWERED_COMMENTS = 1_000;

    private final StandardAccess access;
    private final DraftingRepositories.Clauses clauses;
    private final DraftingRepositories.Revisions revisions;
    private final DraftingHistory history;
    private final ReviewQueries review;

    ClauseEditing(StandardAccess access, DraftingRepositories.Clauses clauses, DraftingRepositories.Revisions revisions,
            DraftingHistory history, ReviewQueries review) {
        this.access = access;
        this.clauses = clauses;
        this.revisions = revisions;
        this.history = history;
        this.review = review;
    }

    @Transactional
    public UUID add(Actor actor, UUID standardId, UUID parentId, int position, String kindText, String headingText,
            String text) {
        StandardEntity standard = access.forStructure(standardId, actor);
        ClauseKind kind = kind(kindText);
        String heading = DraftingTexts.heading(headingText);
        String body = DraftingTexts.clauseText(text);
        CurrentText current = CurrentText.structure(standardId, clauses);
        if (parentId != null && !current.clauses().containsKey(parentId)) {
            throw RuleViolation.invalid("parentId", Text.of("drafting.parent_elsewhere"));
        }
        UUID id = UUID.randomUUID();
        ClauseTree changed = current.tree().added(new ClauseNode(id, parentId, position, kind));
        current.apply(changed);
        int placed = changed.nodes().stream().filter(node -> node.id().equals(id)).findFirst().orElseThrow()
                .position();
        insert(standard, actor, id, parentId, placed, kind, heading, body);
        return id;
    }

    /**
     * Appends clauses in document order without re-reading the tree each time.
     *
     * @param ids
     *            the ids the new clauses get, so a clause can name an earlier new one as its parent
     */
    @Transactional
    public void append(Actor actor, UUID standardId, List<NewClause> newClauses, List<UUID> ids) {
        StandardEntity standard = access.forStructure(standardId, actor);
        CurrentText current = CurrentText.structure(standardId, clauses);
        ClauseTree tree = current.tree();
        java.util.Map<UUID, Integer> nextPosition = new java.util.HashMap<>();
        for (ClauseNode node : tree.nodes()) {
            nextPosition.merge(node.parentId() == null ? standardId : node.parentId(), node.position() + 1, Math::max);
        }
        for (int i = 0; i < newClauses.size(); i++) {
            NewClause clause = newClauses.get(i);
            UUID id = ids.get(i);
            UUID slot = clause.parentId() == null ? standardId : clause.parentId();
            int position = nextPosition.getOrDefault(slot, 0);
            nextPosition.put(slot, position + 1);
            insert(standard, actor, id, clause.parentId(), position, clause.kind(),
                    DraftingTexts.heading(clause.heading()), DraftingTexts.clauseText(clause.text()));
        }
    }

    @Transactional
    public UUID revise(Actor actor, UUID standardId, UUID clauseId, UUID baseRevisionId, String headingText,
            String text, String rationaleText) {
        return revise(actor, standardId, clauseId, baseRevisionId, headingText, text, rationaleText, List.of());
    }

    /**
     * @param answersComments
     *            review comments on this standard that the new revision answers, each named once; null or empty for
     *            none
     */
    @Transactional
    public UUID revise(Actor actor, UUID standardId, UUID clauseId, UUID baseRevisionId, String headingText,
            String text, String rationaleText, List<UUID> answersComments) {
        access.forEditing(standardId, actor);
        String heading = DraftingTexts.heading(headingText);
        String body = DraftingTexts.clauseText(text);
        String rationale = DraftingTexts.rationale(rationaleText, true);
        List<UUID> answers = answeredComments(standardId, answersComments);
        ClauseEntity clause = lockedClause(standardId, clauseId);
        return newRevision(actor, clause, baseRevisionId, heading, body, rationale, null, answers);
    }

    /** The comments named, each once, in the order given, if every one is a comment on this standard. */
    private List<UUID> answeredComments(UUID standardId, List<UUID> named) {
        if (named == null || named.isEmpty()) {
            return List.of();
        }
        if (named.stream().anyMatch(java.util.Objects::isNull)) {
            throw RuleViolation.invalid("answersComments", Text.of("drafting.answered_without_id"));
        }
        List<UUID> answers = List.copyOf(new LinkedHashSet<>(named));
        if (answers.size() > MAX_ANSWERED_COMMENTS) {
            throw RuleViolation.invalid("answersComments", Text.of("drafting.too_many_answered",
                    MAX_ANSWERED_COMMENTS, answers.size()));
        }
        Set<UUID> known = review.commentsOfStandard(standardId, answers);
        List<UUID> unknown = answers.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw RuleViolation.invalid("answersComments", unknown.size() == 1
                    ? Text.of("drafting.no_such_comment", unknown.getFirst())
                    : Text.of("drafting.no_such_comments", unknown.stream().map(UUID::toString)
                            .collect(Collectors.joining(", "))));
        }
        return answers;
    }

    /**
     * Also used when an editor accepts a suggestion, with the editor's reason as the rationale; the clause must be
     * {@link #lockedClause locked}.
     */
    UUID accepted(Actor actor, ClauseEntity clause, UUID baseRevisionId, SuggestionEntity suggestion,
            String reason) {
        return newRevision(actor, clause, baseRevisionId, suggestion.heading, suggestion.text, reason, suggestion,
                List.of());
    }

    private UUID newRevision(Actor actor, ClauseEntity clause, UUID baseRevisionId, String heading, String text,
            String rationale, SuggestionEntity suggestion, List<UUID> answers) {
        UUID suggestionId = suggestion == null ? null : suggestion.id;
        ClauseRevisionEntity current = revisions.findById(clause.currentRevisionId);
        if (baseRevisionId == null || !baseRevisionId.equals(current.id)) {
            throw new StaleRevision(StaleRevision.Current.of(current));
        }
        ClauseRevisionEntity revision = revision(clause, current.number + 1, heading, text, actor, current.id,
                rationale, suggestionId);
        revision.answersComments = answers.toArray(UUID[]::new);
        revisions.persist(revision);
        clause.currentRevisionId = revision.id;
        history.record(new ClauseRevised(clause.standardId.toString(), clause.id.toString(), revision.id.toString(),
                current.id.toString(), heading, text, rationale, suggestionId == null ? null : suggestionId.toString(),
                actor.username(), revision.createdAt, answers.stream().map(UUID::toString).toList()), clause.id,
                HistoryLine.clauseRevised(heading, revision.number, answers.size(),
                        suggestion == null ? null : suggestion.author),
                rationale);
        return revision.id;
    }

    /**
     * Moves a clause, with its subclauses, under {@code parentId} (null for the top level), just before its child
     * {@code beforeId} (null for the end).
     */
    @Transactional
    public void move(Actor actor, UUID standardId, UUID clauseId, UUID parentId, UUID beforeId) {
        access.forStructure(standardId, actor);
        CurrentText current = CurrentText.structure(standardId, clauses);
        ClauseEntity clause = clause(standardId, clauseId);
        if (parentId != null && !current.clauses().containsKey(parentId)) {
            throw RuleViolation.invalid("parentId", Text.of("drafting.new_parent_elsewhere"));
        }
        UUID from = clause.parentId;
        current.apply(current.tree().movedBefore(clauseId, parentId, beforeId));
        history.record(new ClauseMoved(standardId.toString(), clauseId.toString(), string(from), string(parentId),
                clause.position, actor.username(), Instant.now()), clauseId, HistoryLine.clauseMoved(heading(clause)),
                null);
    }

    @Transactional
    public void remove(Actor actor, UUID standardId, UUID clauseId, String rationaleText) {
        access.forStructure(standardId, actor);
        String rationale = DraftingTexts.rationale(rationaleText, true);
        CurrentText current = CurrentText.structure(standardId, clauses);
        ClauseEntity clause = clause(standardId, clauseId);
        var removed = current.tree().subtree(clauseId);
        for (UUID id : removed) {
            current.clauses().get(id).removed = true;
        }
        current.apply(current.tree().removed(clauseId));
        history.record(new ClauseRemoved(standardId.toString(), clauseId.toString(),
                removed.stream().map(UUID::toString).toList(), rationale, actor.username(), Instant.now()), clauseId,
                HistoryLine.clauseRemoved(heading(clause), removed.size() - 1), rationale);
    }

    private String heading(ClauseEntity clause) {
        return revisions.findById(clause.currentRevisionId).heading;
    }

    ClauseEntity clause(UUID standardId, UUID clauseId) {
        return current(standardId, clauseId, clauses.findByIdOptional(clauseId));
    }

    /** The clause, locked until the transaction ends, so that two new revisions of it cannot both build on one. */
    ClauseEntity lockedClause(UUID standardId, UUID clauseId) {
        return current(standardId, clauseId, clauses.findByIdOptional(clauseId, LockModeType.PESSIMISTIC_WRITE));
    }

    private static ClauseEntity current(UUID standardId, UUID clauseId, Optional<ClauseEntity> found) {
        return found.filter(c -> c.standardId.equals(standardId) && !c.removed)
                .orElseThrow(() -> RuleViolation.notFound(Text.of("drafting.no_clause", clauseId)));
    }

    private void insert(StandardEntity standard, Actor actor, UUID id, UUID parentId, int position, ClauseKind kind,
            String heading, String text) {
        ClauseEntity clause = new ClauseEntity();
        clause.id = id;
        clause.standardId = standard.id;
        clause.parentId = parentId;
        clause.position = position;
        clause.kind = kind;
        ClauseRevisionEntity revision = revision(clause, 1, heading, text, actor, null, null, null);
        clause.currentRevisionId = revision.id;
        clauses.persist(clause);
        revisions.persist(revision);
        history.record(new ClauseAdded(standard.id.toString(), id.toString(), string(parentId), position,
                kind.name(), revision.id.toString(), heading, text, actor.username(), revision.createdAt), id,
                HistoryLine.clauseAdded(kind, heading), null);
    }

    private ClauseRevisionEntity revision(ClauseEntity clause, int number, String heading, String text, Actor actor,
            UUID basedOn, String rationale, UUID suggestionId) {
        ClauseRevisionEntity revision = new ClauseRevisionEntity();
        revision.id = UUID.randomUUID();
        revision.clauseId = clause.id;
        revision.standardId = clause.standardId;
        revision.number = number;
        revision.heading = heading;
        revision.text = text;
        revision.basedOn = basedOn;
        revision.rationale = rationale;
        revision.suggestionId = suggestionId;
        revision.author = actor.username();
        revision.createdAt = Instant.now();
        return revision;
    }

    private static ClauseKind kind(String kind) {
        try {
            return ClauseKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("kind", Text.of("drafting.unknown_kind"));
        }
    }

    private static String string(UUID id) {
        return id == null ? null : id.toString();
    }
}
