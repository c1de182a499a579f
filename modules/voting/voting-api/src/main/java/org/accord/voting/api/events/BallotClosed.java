package org.accord.voting.api.events;

import java.time.Instant;
import java.util.List;

/**
 * The result: drafting reads {@code ballotId}, {@code draftVersionId}, {@code passed} and {@code closedAt} (see
 * drafting's {@code contracts.BallotClosed}). Tallies are counts of weight, never who voted how.
 */
public record BallotClosed(String ballotId, String draftVersionId, boolean passed, Instant closedAt, String rule,
        String summary, Tally overall, List<Tally> sides, List<Tally> groups, String closedBy, String reason)
        implements
            VotingEvent {

    public record Tally(String scope, int eligible, int approve, int approveWithComments, int disapprove,
            int abstain) {
    }

    @Override
    public Instant at() {
        return closedAt;
    }
}
