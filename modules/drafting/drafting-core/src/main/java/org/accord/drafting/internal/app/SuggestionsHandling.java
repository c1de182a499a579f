package org.accord.drafting.internal.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.accord.drafting.api.events.SuggestionDecided;
import org.accord.drafting.api.events.SuggestionMade;
import org.accord.drafting.internal.domain.HistoryLine;
import org.accord.drafting.internal.persistence.ClauseEntity;
import org.accord.drafting.internal.persistence.ClauseRevisionEntity;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.drafting.internal.persistence.StandardEntity;
import org.accord.drafting.internal.persistence.SuggestionEntity;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** Any member proposes new text for a clause; an editor accepts it (as a new revision) or declines it with a reason. */
@ApplicationScoped
@RefusesCollisions
public class SuggestionsHandling {

    private final StandardAccess access;
    private final ClauseEditing editing;
    private final DraftingRepositories.Suggestions suggestions;
    private final DraftingRepositories.Revisions revisions;
    private final DraftingHistory history;

    SuggestionsHandling(StandardAccess access, ClauseEditing editing, DraftingRepositories.Suggestions suggestions,
            DraftingRepositories.Revisions revisions, DraftingHistory history) {
        this.access = access;
        this.editing = editing;
        this.suggestions = suggestions;
        this.revisions = revisions;
        this.history = history;
    }

    @Transactional
    public UUID suggest(Actor actor, UUID standardId, UUID clauseId, String headingText, String text,
            String reasonText) {
        StandardEntity standard = access.standard(standardId);
        StandardAccess.requireOpenText(standard);
        ClauseEntity clause = editing.clause(standardId, clauseId);
        ClauseRevisionEntity base = revisions.findById(clause.currentRevisionId);
        SuggestionEntity suggestion = new SuggestionEntity();
        suggestion.id = UUID.randomUUID();
        suggestion.standardId = standardId;
        suggestion.clauseId = clauseId;
        suggestion.baseRevisionId = base.id;
        suggestion.heading = headingText == null || headingText.isBlank()
                ? base.heading
                : DraftingTexts.heading(headingText);
        suggestion.text = DraftingTexts.clauseText(text);
        suggestion.reason = DraftingTexts.reason(reasonText);
        suggestion.author = actor.username();
        suggestion.createdAt = Instant.now();
        suggestion.status = SuggestionEntity.Status.OPEN;
        suggestions.persist(suggestion);
        history.record(new SuggestionMade(standardId.toString(), clauseId.toString(), suggestion.id.toString(),
                base.id.toString(), suggestion.reason, actor.username(), suggestion.createdAt), clauseId,
                HistoryLine.suggestionMade(base.heading), suggestion.reason);
        return suggestion.id;
    }

    /**
     * Accepts a suggestion as a new revision, or declines it. A suggestion made on an older revision is accepted only
     * onto the current revision named in {@code ontoRevisionId}, so newer work is never overwritten unseen. The
     * suggestion stays locked until the decision is stored, so of two editors deciding at once the second is told what
     * the first decided.
     */
    @Transactional
    public void decide(Actor actor, UUID standardId, UUID suggestionId, boolean accept, String reasonText,
            UUID ontoRevisionId) {
        if (accept) {
            access.forEditing(standardId, actor);
        } else {
            access.asEditor(standardId, actor);
        }
        String reason = DraftingTexts.reason(reasonText);
        SuggestionEntity suggestion = suggestions.findByIdOptional(suggestionId, LockModeType.PESSIMISTIC_WRITE)
                .filter(s -> s.standardId.equals(standardId))
                .orElseThrow(() -> RuleViolation.notFound(Text.of("drafting.no_suggestion", suggestionId)));
        if (suggestion.status != SuggestionEntity.Status.OPEN) {
            throw RuleViolation.conflict("suggestion", Text.of(suggestion.status == SuggestionEntity.Status.ACCEPTED
                    ? "drafting.suggestion_already_accepted"
                    : "drafting.suggestion_already_declined", suggestion.decidedBy));
        }
        ClauseEntity clause = accept
                ? editing.lockedClause(standardId, suggestion.clauseId)
                : editing.clause(standardId, suggestion.clauseId);
        if (accept) {
            ClauseRevisionEntity current = revisions.findById(clause.currentRevisionId);
            boolean onItsBase = suggestion.baseRevisionId.equals(current.id);
            if (!onItsBase && !current.id.equals(ontoRevisionId)) {
                throw stale(suggestion, current);
            }
            suggestion.revisionId = editing.accepted(actor, clause, current.id, suggestion, reason);
        }
        suggestion.status = accept ? SuggestionEntity.Status.ACCEPTED : SuggestionEntity.Status.DECLINED;
        suggestion.decidedBy = actor.username();
        suggestion.decidedAt = Instant.now();
        suggestion.decisionReason = reason;
        history.record(new SuggestionDecided(standardId.toString(), clause.id.toString(), suggestionId.toString(),
                accept, suggestion.revisionId == null ? null : suggestion.revisionId.toString(), reason,
                actor.username(), suggestion.decidedAt), clause.id,
                HistoryLine.suggestionDecided(accept, suggestion.author), reason);
    }

    private StaleSuggestion stale(SuggestionEntity suggestion, ClauseRevisionEntity current) {
        return new StaleSuggestion(new StaleSuggestion.Suggested(suggestion.id.toString(), suggestion.heading,
                suggestion.text, suggestion.reason, suggestion.author, suggestion.createdAt),
                StaleRevision.Current.of(revisions.findById(suggestion.baseRevisionId)),
                StaleRevision.Current.of(current));
    }
}
