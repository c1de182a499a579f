package org.accord.review.api.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules' pages show and publishing's bundles carry of review, read now. Only comments every member may see
 * are counted or listed: a round that keeps its comments from view while open contributes nothing until it closes,
 * withdrawn comments are left out and a hidden comment appears as hidden, never with its text.
 */
public interface ReviewQueries {

    record RoundOnVersion(UUID roundId, String title, UUID draftVersionId, String versionLabel, String status,
            Instant closesAt, int comments) {
    }

    /** A comment made on a clause in some version, with the clause's number as it was in that version. */
    record ClauseComment(UUID roundId, String roundTitle, String versionLabel, String numberThen, UUID commentId,
            String reference, String type, String author, boolean hidden, String disposition) {
    }

    /** A comment answered by a clause revision, named by its round-scoped reference such as {@code #12}. */
    record AnsweredComment(UUID commentId, UUID roundId, String reference) {
    }

    /**
     * The disposition of comments on a draft version: its comment rounds, oldest first, each with its comments in
     * number order.
     */
    record DispositionReport(UUID draftVersionId, List<Round> rounds) {

        /**
         * {@code status} is {@code SCHEDULED}, {@code OPEN} or {@code CLOSED}; {@code openedAt} and {@code closedAt}
         * are null until the round opens and closes, {@code closesAt} is the closing time set. {@code comments} is
         * empty while the round keeps its comments from view.
         */
        public record Round(UUID roundId, String title, String status, Instant openedAt, Instant closesAt,
                Instant closedAt, List<Comment> comments) {
        }

        /**
         * A comment as the ISO/IEC commenting template records it. {@code reference} names it in its round, such as
         * {@code #3}. {@code clauseId} and {@code clauseNumber} (the clause's number in this version) are null for a
         * general comment. {@code type} is {@code ge}, {@code te} or {@code ed}. {@code side} and {@code group} were
         * the author's when commenting; {@code onBehalfOf} names the external body a moderator imported it for.
         * {@code text} and {@code proposedChange} are Markdown, both null for a hidden comment, which has its
         * {@code tombstone} instead. {@code disposition} and {@code response} are null until given.
         */
        public record Comment(UUID commentId, String reference, UUID clauseId, String clauseNumber,
                Integer lineNumber, String element, String type, String authorName, String side, String group,
                String onBehalfOf, String text, String proposedChange, Tombstone tombstone, Disposition disposition,
                Response response) {
        }

        /** Why and when a moderator hid a comment. */
        public record Tombstone(Instant hiddenAt, String reason) {
        }

        /**
         * {@code decision} is {@code ACCEPTED}, {@code ACCEPTED_IN_PRINCIPLE} (with the {@code modification}),
         * {@code NOTED} or {@code REJECTED}; {@code observations} are Markdown, null only for an acceptance without.
         * {@code decidedBy} is a username. {@code answers} are the references of every comment the disposition answers,
         * duplicates together; {@code revisions} the clause revisions that implement it.
         */
        public record Disposition(UUID dispositionId, String decision, String modification, String observations,
                String decidedBy, Instant decidedAt, List<String> answers, List<Revision> revisions) {
        }

        public record Revision(UUID revisionId, UUID clauseId, String heading) {
        }

        /** The commenter's answer to the disposition: satisfied, or an objection with its {@code reason}. */
        public record Response(boolean satisfied, String reason, Instant at) {
        }
    }

    /** The comment rounds on the standard's versions, newest first. */
    List<RoundOnVersion> roundsOfStandard(UUID standardId);

    /** Per clause id, how many comments stand on it across all the standard's rounds. */
    Map<UUID, Integer> commentCounts(UUID standardId);

    /** Every comment on the clause in any version, oldest round first. */
    List<ClauseComment> commentsOnClause(UUID clauseId);

    /** Per revision id, the comments the revision answers (named by the revision or linked by a disposition). */
    Map<UUID, List<AnsweredComment>> commentsAnsweredBy(Collection<UUID> revisionIds);

    /**
     * Those of {@code commentIds} that are comments in the standard's rounds, for checking the comments a clause
     * revision says it answers.
     */
    Set<UUID> commentsOfStandard(UUID standardId, Collection<UUID> commentIds);

    /**
     * The disposition-of-comments report of the version's comment rounds; with no rounds, a report without any. A
     * version review has not heard of has none.
     */
    DispositionReport dispositionReport(UUID draftVersionId);

    /**
     * The same comments with their dispositions as a Word document in the ISO/IEC commenting template, round after
     * round in one table (the observations column holds each disposition); with no rounds, the table has only its
     * header row.
     */
    byte[] dispositionSheet(UUID draftVersionId);
}
