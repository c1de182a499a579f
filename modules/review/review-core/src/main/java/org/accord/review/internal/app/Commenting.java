package org.accord.review.internal.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.Text;
import org.accord.platform.outbox.Outbox;
import org.accord.review.api.ReviewModule;
import org.accord.review.api.events.CommentHidden;
import org.accord.review.api.events.CommentRevised;
import org.accord.review.api.events.CommentSubmitted;
import org.accord.review.api.events.CommentWithdrawn;
import org.accord.review.internal.domain.CommentType;
import org.accord.review.internal.persistence.CommentEntity;
import org.accord.review.internal.persistence.ReviewRepositories;
import org.accord.review.internal.persistence.ReviewRows;
import org.accord.review.internal.persistence.RoundEntity;

/**
 * Members comment while a round is open, and edit or withdraw their own comments until it closes; every text a comment
 * had is kept. Moderators hide a comment with a reason, leaving a tombstone; nothing is deleted.
 */
@ApplicationScoped
public class Commenting {

    /**
     * What a member writes. {@code clause} is the clause's stable id or its number in the round's version, or "general"
     * or nothing for the whole document.
     */
    public record Draft(String clause, Integer lineNumber, String element, String type, String text,
            String proposedChange) {
    }

    /** A comment's fields, checked, with its anchor resolved in the round's version. */
    record Checked(Anchors.Anchor anchor, Integer lineNumber, String element, CommentType type, String text,
            String proposedChange) {
    }

    static final int MAX_TEXT = 20_000;

    private final ReviewRepositories.Rounds rounds;
    private final ReviewRepositories.Comments comments;
    private final ReviewRepositories.DraftVersions versions;
    private final ReviewRows rows;
    private final Participants participants;
    private final Outbox outbox;

    Commenting(ReviewRepositories.Rounds rounds, ReviewRepositories.Comments comments,
            ReviewRepositories.DraftVersions versions, ReviewRows rows, Participants participants, Outbox outbox) {
        this.rounds = rounds;
        this.comments = comments;
        this.versions = versions;
        this.rows = rows;
        this.participants = participants;
        this.outbox = outbox;
    }

    @Transactional
    public UUID submit(UUID roundId, Draft draft, String username) {
        RoundEntity round = lockedForComments(roundId, LockModeType.PESSIMISTIC_WRITE);
        Participants.Participant author = participants.active(username);
        Checked checked = check(anchorsFor(round, draft.clause()), draft, "");
        return add(round, checked, author, null);
    }

    /** The round's version's anchors, read once for any number of comments. */
    Anchors anchors(RoundEntity round) {
        return new Anchors(versions.findById(round.draftVersionId).label, rows.numbersIn(round.draftVersionId));
    }

    /** The anchors one comment may name, read without the version's other clauses. */
    private Anchors anchorsFor(RoundEntity round, String clause) {
        return new Anchors(versions.findById(round.draftVersionId).label, Anchors.candidates(clause,
                (number, id) -> rows.numbersMatching(round.draftVersionId, number, id)));
    }

    /**
     * Checks a comment's fields; {@code fieldPrefix} names them for an import's report.
     */
    static Checked check(Anchors anchors, Draft draft, String fieldPrefix) {
        Integer line = draft.lineNumber();
        if (line != null && (line < 1 || line > 100_000)) {
            throw RuleViolation.invalid(fieldPrefix + "lineNumber", Text.of("review.line_number_range"));
        }
        return new Checked(anchors.resolve(fieldPrefix + "clause", draft.clause()), line,
                emptyToNull(TextRules.plainText(fieldPrefix + "element", Text.of("review.field_element"),
                        draft.element(), 100, false)),
                CommentType.of(fieldPrefix + "type", draft.type()),
                TextRules.freeText(fieldPrefix + "text", Text.of("review.field_text"), draft.text(), MAX_TEXT, true),
                emptyToNull(TextRules.freeText(fieldPrefix + "proposedChange", Text.of("review.field_proposed_change"),
                        draft.proposedChange(), MAX_TEXT, false)));
    }

    /** Adds a comment to a round locked for writing; {@code onBehalfOf} names an external body, or is null. */
    UUID add(RoundEntity round, Checked checked, Participants.Participant author, String onBehalfOf) {
        Instant now = Instant.now();
        round.commentsMade++;
        CommentEntity comment = new CommentEntity();
        comment.id = UUID.randomUUID();
        comment.roundId = round.id;
        comment.number = round.commentsMade;
        comment.author = author.username();
        comment.authorName = author.fullName();
        comment.side = author.side();
        comment.groupCode = author.groupCode();
        comment.onBehalfOf = onBehalfOf;
        comment.status = CommentEntity.Status.STANDING;
        comment.revisions = 1;
        comment.createdAt = now;
        apply(comment, checked, now);
        comments.persist(comment);
        comments.flush();
        rows.addCommentText(comment.id, text(comment, author.username()));
        outbox.append(ReviewModule.NAME, new CommentSubmitted(round.id.toString(), round.standardId.toString(),
                comment.id.toString(), comment.number, comment.clauseId == null ? null : comment.clauseId.toString(),
                comment.type, comment.side, comment.groupCode, onBehalfOf, author.username(), now));
        return comment.id;
    }

    @Transactional
    public void revise(UUID roundId, UUID commentId, Draft draft, String username) {
        RoundEntity round = lockedForComments(roundId, LockModeType.PESSIMISTIC_READ);
        CommentEntity comment = ownStanding(round, commentId, username, "review.only_author_edits");
        Checked checked = check(anchorsFor(round, draft.clause()), draft, "");
        Instant now = Instant.now();
        comment.revisions++;
        apply(comment, checked, now);
        comments.flush();
        rows.addCommentText(comment.id, text(comment, username));
        outbox.append(ReviewModule.NAME, new CommentRevised(round.id.toString(), comment.id.toString(),
                comment.revisions, username, now));
    }

    @Transactional
    public void withdraw(UUID roundId, UUID commentId, String username) {
        RoundEntity round = lockedForComments(roundId, LockModeType.PESSIMISTIC_READ);
        CommentEntity comment = ownStanding(round, commentId, username, "review.only_author_withdraws");
        comment.status = CommentEntity.Status.WITHDRAWN;
        comment.revisedAt = Instant.now();
        outbox.append(ReviewModule.NAME, new CommentWithdrawn(round.id.toString(), comment.id.toString(), username,
                comment.revisedAt));
    }

    @Transactional
    public void hide(UUID roundId, UUID commentId, String reasonText, String moderator) {
        String reason = TextRules.freeText("reason", Text.of("review.field_reason"), reasonText, 1_000, true);
        RoundEntity round = rounds.findByIdOptional(roundId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> noRound(roundId));
        CommentEntity comment = inRound(round, commentId);
        if (comment.hidden()) {
            throw RuleViolation.conflict("reason", Text.of("review.already_hidden", String.valueOf(comment.number),
                    comment.hiddenAt));
        }
        comment.hiddenAt = Instant.now();
        comment.hiddenBy = moderator;
        comment.hiddenReason = reason;
        comments.flush();
        outbox.append(ReviewModule.NAME, new CommentHidden(round.id.toString(), round.standardId.toString(),
                comment.id.toString(), comment.author, reason, (int) comments.awaitingDisposition(round.id),
                moderator, comment.hiddenAt));
    }

    /**
     * The round, locked against closing while this comment is written; refused unless it takes comments now. A
     * submission locks it exclusively, since it takes the round's next comment number.
     */
    RoundEntity lockedForComments(UUID roundId, LockModeType lock) {
        RoundEntity round = rounds.findByIdOptional(roundId, lock).orElseThrow(() -> noRound(roundId));
        Instant now = Instant.now();
        if (!round.acceptsComments(now)) {
            throw RuleViolation.conflict("round", round.status == RoundEntity.Status.SCHEDULED
                    ? Text.of("review.round_not_open_yet", round.opensAt)
                    : Text.of("review.round_closed", round.closedAt == null ? round.closesAt : round.closedAt));
        }
        return round;
    }

    CommentEntity inRound(RoundEntity round, UUID commentId) {
        return comments.findByIdOptional(commentId).filter(c -> c.roundId.equals(round.id))
                .orElseThrow(() -> noComment(commentId));
    }

    static RuleViolation noRound(UUID roundId) {
        return RuleViolation.notFound(Text.of("review.no_round", roundId.toString()));
    }

    public static RuleViolation noComment(UUID commentId) {
        return RuleViolation.notFound(Text.of("review.no_comment", commentId.toString()));
    }

    /** {@code notTheAuthor} is the refusal's key when someone else tries, e.g. {@code review.only_author_edits}. */
    private CommentEntity ownStanding(RoundEntity round, UUID commentId, String username, String notTheAuthor) {
        CommentEntity comment = comments.findByIdOptional(commentId, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.roundId.equals(round.id)).orElseThrow(() -> noComment(commentId));
        participants.active(username);
        String number = String.valueOf(comment.number);
        if (!comment.author.equals(username)) {
            throw RuleViolation.forbidden(null, Text.of(notTheAuthor, number));
        }
        if (comment.status == CommentEntity.Status.WITHDRAWN || comment.hidden()) {
            throw RuleViolation.conflict(null, Text.of(comment.hidden()
                    ? "review.hidden_unchangeable"
                    : "review.withdrawn_unchangeable", number));
        }
        return comment;
    }

    private static void apply(CommentEntity comment, Checked checked, Instant now) {
        comment.clauseId = checked.anchor().clauseId();
        comment.clauseNumber = checked.anchor().number();
        comment.lineNumber = checked.lineNumber();
        comment.element = checked.element();
        comment.type = checked.type().code();
        comment.text = checked.text();
        comment.proposedChange = checked.proposedChange();
        comment.revisedAt = now;
    }

    private static ReviewRows.CommentText text(CommentEntity comment, String by) {
        return new ReviewRows.CommentText(comment.revisions, comment.clauseNumber, comment.lineNumber,
                comment.element, comment.type, comment.text, comment.proposedChange, by, comment.revisedAt);
    }

    /** A line number as typed into a form or a template's cell; blank is none. */
    public static Integer lineNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("lineNumber", Text.of("review.not_a_line_number", text.strip()));
        }
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
