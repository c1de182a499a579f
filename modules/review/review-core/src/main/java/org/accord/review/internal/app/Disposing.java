package org.accord.review.internal.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.Text;
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
        String modification = TextRules.freeText("modification", Text.of("review.field_modification"),
                answer.modification(), Commenting.MAX_TEXT, decision.needsModification());
        String observations = TextRules.freeText("observations", Text.of("review.field_observations"),
                answer.observations(), Commenting.MAX_TEXT, decision.needsObservations());
        // Exclusive: the count of comments still waiting, published with the disposition, is then exact.
        RoundEntity round = rounds.findByIdOptional(roundId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Commenting.noRound(roundId));
        mayDispose(round, actor);
        if (round.status != RoundEntity.Status.CLOSED) {
            throw RuleViolation.conflict("decision", Text.of("review.dispose_after_close", round.closesAt));
        }
        List<CommentEntity> answered = answered(round, answer.commentIds());
        Set<UUID> revisions = new LinkedHashSet<>(answer.revisionIds() == null ? List.of() : answer.revisionIds());
        List<UUID> known = rows.knownRevisions(round.standardId, revisions);
        revisions.removeAll(known);
        if (!revisions.isEmpty()) {
            throw RuleViolation.invalid("revisionIds", Text.of("review.unknown_revisions", revisions.stream()
                    .map(UUID::toString).collect(Collectors.joining(", "))));
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
        String reason = TextRules.freeText("reason", Text.of("review.field_reason"), reasonText, 5_000, !satisfied);
        CommentEntity comment = comments.findByIdOptional(commentId, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.roundId.equals(roundId)).orElseThrow(() -> Commenting.noComment(commentId));
        participants.active(username);
        if (!comment.author.equals(username)) {
            throw RuleViolation.forbidden(null, Text.of("review.only_author_responds",
                    String.valueOf(comment.number)));
        }
        if (comment.dispositionId == null) {
            throw RuleViolation.conflict(null, Text.of("review.no_disposition_yet", String.valueOf(comment.number)));
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
            throw RuleViolation.forbidden(null, standard == null
                    ? Text.of("review.only_editors_dispose")
                    : Text.of("review.only_editors_of_dispose", standard.reference));
        }
    }

    private List<CommentEntity> answered(RoundEntity round, List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            throw RuleViolation.invalid("commentIds", Text.of("review.name_comments"));
        }
        List<CommentEntity> answered = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            CommentEntity comment = comments.findByIdOptional(id).filter(c -> c.roundId.equals(round.id))
                    .orElseThrow(() -> RuleViolation.invalid("commentIds", Text.of("review.no_comment",
                            id.toString())));
            if (comment.status == CommentEntity.Status.WITHDRAWN || comment.hidden()) {
                throw RuleViolation.conflict("commentIds", Text.of(comment.hidden()
                        ? "review.hidden_needs_none"
                        : "review.withdrawn_needs_none", String.valueOf(comment.number)));
            }
            answered.add(comment);
        }
        return answered;
    }
}
