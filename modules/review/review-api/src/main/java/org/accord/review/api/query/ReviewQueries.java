package org.accord.review.api.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules' pages show of review, read now. Only comments every member may see are counted or listed: a round
 * that keeps its comments from view while open contributes nothing until it closes, withdrawn comments are left out and
 * a hidden comment appears as hidden, never with its text.
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
}
