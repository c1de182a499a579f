package org.accord.review.internal.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.errors.TextRules;
import org.accord.platform.outbox.Outbox;
import org.accord.review.api.ReviewModule;
import org.accord.review.api.events.CommentDisposed;
import org.accord.review.api.events.DispositionResponded;
import org.accord.review.internal.domain.Decision;
import org.accord.review.internal.persistence.CommentEntity;
import org.accord.review.internal.persistence.DispositionEntity;
import org.accord.review.internal.persistence.ReviewRepositories;
import org.accord.review.internal.persistence.ReviewRows;
import org.accord.review.internal.persistence.RoundEntity;
import org.accord.review.internal.persistence.StandardEntity;

/**
 * Editors of the standard, or a moderator, answer the comments of a closed round: one disposition per comment or per
 * group of duplicates, linked to the clause revisions that implement it. The commenter says whether it satisfies them.
 */
@ApplicationScoped
public class Disposing {

    /** {@code revisionIds} may be empty; the comments are all of one round. */
    public record Answer(List<UUID> commentIds, String decision, String modification, String observations,
            List<UUID> revisionIds) {
    }

    private final ReviewRepositories.Rounds rounds;
    private final ReviewRepositories.Comments comments;
    private final ReviewRepositories.Dispositions dispositions;
    private final ReviewRepositories.Standards standards;
    private final ReviewRows rows;
    private final Participants participants;
    private final Outbox outbox;

    Disposing(ReviewRepositories.Rounds rounds, ReviewRepositories.Comments comments,
            ReviewRepositories.Dispositions dispositions, ReviewRepositories.Standards standards, ReviewRows rows,
            Participants participants, Outbox outbox) {
        this.rounds = rounds;
        this.comments = comments;
        this.dispositions = dispositions;
        this.standards = standards;
        this.rows = rows;
        this.participants = participants;
        this.outbox = outbox;
    }

    @Transactional
    public UUID dispose(UUID roundId, Answer answer, Actor actor) {
        Decision decision = Decision.of(answer.decision());
        String modification = TextRules.freeText("modification", "The modification", answer.modification(),
                Commenting.MAX_TEXT, decision.needsModification());
        String observations = TextRules.freeText("observations", "Observations", answer.observations(),
                Commenting.MAX_TEXT, decision.needsObservations());
        // Exclusive: the count of comments still waiting, published with the disposition, is then exact.
        RoundEntity round = rounds.findByIdOptional(roundId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> RuleViolation.notFound("There is no comment round " + roundId + "."));
        mayDispose(round, actor);
        if (round.status != RoundEntity.Status.CLOSED) {
            throw RuleViolation.conflict("decision", "Comments are disposed of once the round has closed; it closes"
                    + " at " + round.closesAt + ".");
        }
        List<CommentEntity> answered = answered(round, answer.commentIds());
        Set<UUID> revisions = new LinkedHashSet<>(answer.revisionIds() == null ? List.of() : answer.revisionIds());
        List<UUID> known = rows.knownRevisions(round.standardId, revisions);
        revisions.removeAll(known);
        if (!revisions.isEmpty()) {
            throw RuleViolation.invalid("revisionIds", "These are no revisions of a clause of this standard: "
                    + revisions + ".");
        }
        DispositionEntity disposition = new DispositionEntity();
        disposition.id = UUID.randomUUID();
        disposition.roundId = round.id;
        disposition.decision = decision.name();
        disposition.modification = modification.isEmpty() ? null : modification;
        disposition.observations = observations.isEmpty() ? null : observations;
        disposition.decidedBy = actor.username();
        disposition.decidedAt = Instant.now();
        dispositions.persist(disposition);
        dispositions.flush();
        rows.linkRevisions(disposition.id, known);
        answered.forEach(comment -> comment.dispositionId = disposition.id);
        comments.flush();
        outbox.append(ReviewModule.NAME, new CommentDisposed(round.id.toString(), round.standardId.toString(),
                round.draftVersionId.toString(), disposition.id.toString(),
                answered.stream().map(c -> c.id.toString()).toList(),
                answered.stream().map(c -> c.author).distinct().toList(), decision.name(),
                known.stream().map(UUID::toString).toList(), (int) comments.awaitingDisposition(round.id),
                actor.username(), disposition.decidedAt));
        return disposition.id;
    }

    @Transactional
    public void respond(UUID roundId, UUID commentId, boolean satisfied, String reasonText, String username) {
        String reason = TextRules.freeText("reason", "Reason", reasonText, 5_000, !satisfied);
        CommentEntity comment = comments.findByIdOptional(commentId, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.roundId.equals(roundId))
                .orElseThrow(() -> RuleViolation.notFound("There is no comment " + commentId + " in this round."));
        participants.active(username);
        if (!comment.author.equals(username)) {
            throw RuleViolation.forbidden(null, "Only the author of comment #" + comment.number
                    + " answers its disposition.");
        }
        if (comment.dispositionId == null) {
            throw RuleViolation.conflict(null, "Comment #" + comment.number + " has no disposition to answer yet.");
        }
        Instant now = Instant.now();
        rows.addResponse(new ReviewRows.Response(comment.id, comment.dispositionId, satisfied,
                reason.isEmpty() ? null : reason, now));
        outbox.append(ReviewModule.NAME, new DispositionResponded(roundId.toString(), comment.id.toString(),
                satisfied, username, now));
    }

    /** Editors of the standard and moderators dispose of comments. */
    private void mayDispose(RoundEntity round, Actor actor) {
        StandardEntity standard = standards.findById(round.standardId);
        if (!actor.moderator() && (standard == null || !standard.editedBy(actor.username()))) {
            throw RuleViolation.forbidden(null, "Only the editors of " + (standard == null
                    ? "the standard"
                    : standard.reference) + " and moderators dispose of its comments.");
        }
    }

    private List<CommentEntity> answered(RoundEntity round, List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            throw RuleViolation.invalid("commentIds", "Name the comment, or the duplicates, the disposition answers.");
        }
        List<CommentEntity> answered = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            CommentEntity comment = comments.findByIdOptional(id).filter(c -> c.roundId.equals(round.id))
                    .orElseThrow(() -> RuleViolation.invalid("commentIds", "There is no comment " + id
                            + " in this round."));
            if (comment.status == CommentEntity.Status.WITHDRAWN || comment.hidden()) {
                throw RuleViolation.conflict("commentIds", "Comment #" + comment.number + " is "
                        + (comment.hidden() ? "hidden" : "withdrawn") + " and needs no disposition.");
            }
            answered.add(comment);
        }
        return answered;
    }
}
