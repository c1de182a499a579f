package org.accord.review.internal.app;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.i18n.Text;
import org.accord.platform.outbox.Outbox;
import org.accord.review.api.ReviewModule;
import org.accord.review.api.events.CommentRoundClosed;
import org.accord.review.api.events.CommentRoundExtended;
import org.accord.review.api.events.CommentRoundOpened;
import org.accord.review.api.events.CommentRoundUnbalanced;
import org.accord.review.internal.domain.Balance;
import org.accord.review.internal.persistence.DraftVersionEntity;
import org.accord.review.internal.persistence.ReviewRepositories;
import org.accord.review.internal.persistence.ReviewRows;
import org.accord.review.internal.persistence.RoundEntity;

/** Moderators open comment rounds on draft versions; rounds open and close at their times or a moderator's word. */
@ApplicationScoped
public class RoundAdministration {

    /** What a moderator asks for. {@code opensAt} null means now; {@code visibleWhileOpen} null means yes. */
    public record Opening(UUID draftVersionId, String title, String instructions, Instant opensAt, Instant closesAt,
            Boolean visibleWhileOpen) {
    }

    private final ReviewRepositories.Rounds rounds;
    private final ReviewRepositories.DraftVersions versions;
    private final ReviewRepositories.Comments comments;
    private final ReviewRows rows;
    private final Outbox outbox;

    RoundAdministration(ReviewRepositories.Rounds rounds, ReviewRepositories.DraftVersions versions,
            ReviewRepositories.Comments comments, ReviewRows rows, Outbox outbox) {
        this.rounds = rounds;
        this.versions = versions;
        this.comments = comments;
        this.rows = rows;
        this.outbox = outbox;
    }

    @Transactional
    public UUID open(Opening opening, String moderator) {
        if (opening.draftVersionId() == null) {
            throw RuleViolation.invalid("draftVersionId", Text.of("review.choose_version"));
        }
        DraftVersionEntity version = versions.findByIdOptional(opening.draftVersionId())
                .orElseThrow(() -> RuleViolation.invalid("draftVersionId", Text.of("review.no_version",
                        opening.draftVersionId().toString())));
        Instant now = Instant.now();
        Instant opensAt = opening.opensAt() == null || opening.opensAt().isBefore(now) ? now : opening.opensAt();
        if (opening.closesAt() == null || !opening.closesAt().isAfter(opensAt.plus(Duration.ofMinutes(1)))) {
            throw RuleViolation.invalid("closesAt", Text.of("review.closes_too_soon"));
        }
        RoundEntity round = new RoundEntity();
        round.id = UUID.randomUUID();
        round.standardId = version.standardId;
        round.draftVersionId = version.id;
        // A title left empty is named for the moderator, in their language, as if they had typed it.
        round.title = opening.title() == null || opening.title().isBlank()
                ? Text.of("review.default_title", version.label).in(RequestLanguage.current())
                : TextRules.plainText("title", Text.of("review.field_title"), opening.title(), 200, true);
        round.instructions = TextRules.freeText("instructions", Text.of("review.field_instructions"),
                opening.instructions(), 5_000, false);
        round.opensAt = opensAt;
        round.closesAt = opening.closesAt();
        round.visibleWhileOpen = opening.visibleWhileOpen() == null || opening.visibleWhileOpen();
        round.status = RoundEntity.Status.SCHEDULED;
        round.createdBy = moderator;
        round.createdAt = now;
        rounds.persist(round);
        if (!opensAt.isAfter(now)) {
            begin(round, moderator);
        }
        return round.id;
    }

    /** Announces the round; in the transaction that opens it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void begin(RoundEntity round, String by) {
        round.status = RoundEntity.Status.OPEN;
        round.openedAt = Instant.now();
        String label = versions.findById(round.draftVersionId).label;
        outbox.append(ReviewModule.NAME, new CommentRoundOpened(round.id.toString(), round.standardId.toString(),
                round.draftVersionId.toString(), label, round.title, round.opensAt, round.closesAt,
                round.visibleWhileOpen, by, round.openedAt));
    }

    @Transactional
    public void extend(UUID roundId, Instant closesAt, String reasonText, String moderator) {
        String reason = TextRules.freeText("reason", Text.of("review.field_reason"), reasonText, 1_000, true);
        RoundEntity round = locked(roundId);
        if (round.status == RoundEntity.Status.CLOSED) {
            throw RuleViolation.conflict("closesAt", Text.of("review.extend_closed", round.closedAt));
        }
        Instant now = Instant.now();
        if (closesAt == null || !closesAt.isAfter(round.closesAt) || !closesAt.isAfter(now)) {
            throw RuleViolation.invalid("closesAt", Text.of("review.extend_earlier", round.closesAt));
        }
        Instant previous = round.closesAt;
        round.closesAt = closesAt;
        rows.addExtension(round.id, new ReviewRows.Extension(previous, closesAt, reason, moderator, now));
        outbox.append(ReviewModule.NAME, new CommentRoundExtended(round.id.toString(), round.standardId.toString(),
                previous, closesAt, reason, moderator, now));
    }

    @Transactional
    public void close(UUID roundId, String reasonText, String moderator) {
        String reason = TextRules.freeText("reason", Text.of("review.field_reason"), reasonText, 1_000, true);
        RoundEntity round = locked(roundId);
        if (round.status != RoundEntity.Status.OPEN) {
            throw RuleViolation.conflict("status", Text.of(round.status == RoundEntity.Status.SCHEDULED
                    ? "review.close_not_open_yet"
                    : "review.close_closed"));
        }
        finish(round, moderator, reason);
    }

    /**
     * Closes the round and publishes its counts; in the transaction that closes it. A moderator closing it early gives
     * their name and reason; the round's clock, closing it on time, gives neither, and the round keeps none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void finish(RoundEntity round, String moderator, String reason) {
        boolean early = moderator != null;
        round.status = RoundEntity.Status.CLOSED;
        round.closedAt = Instant.now();
        round.closedBy = moderator;
        round.closeReason = reason;
        rounds.flush();
        outbox.append(ReviewModule.NAME, new CommentRoundClosed(round.id.toString(), round.standardId.toString(),
                round.draftVersionId.toString(), round.title, (int) comments.standing(round.id),
                (int) comments.awaitingDisposition(round.id), early,
                early ? reason : RoundClock.CLOSING_TIME_REACHED, early ? moderator : RoundClock.BY, round.closedAt));
    }

    /** Looks once, as the round's last fifth begins, for sides and groups with voting members that are silent. */
    @Transactional(Transactional.TxType.MANDATORY)
    void checkBalance(RoundEntity round) {
        Balance balance = Balance.of(rows.votingMembers(), rows.commentsBySideAndGroup(round.id));
        round.balanceCheckedAt = Instant.now();
        round.silentSides = String.join(",", balance.silentSides());
        round.silentGroups = String.join(",", balance.silentGroups());
        if (balance.unbalanced()) {
            outbox.append(ReviewModule.NAME, new CommentRoundUnbalanced(round.id.toString(),
                    round.standardId.toString(), balance.silentSides(), balance.silentGroups(), round.closesAt,
                    round.balanceCheckedAt));
        }
    }

    /** Locked for the rest of the transaction: comments being written finish first, later ones see the change. */
    private RoundEntity locked(UUID roundId) {
        return rounds.findByIdOptional(roundId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Commenting.noRound(roundId));
    }
}
