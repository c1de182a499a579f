package org.accord.voting.api.events;

import java.time.Instant;
import java.util.List;

import org.accord.platform.events.EventType;

/**
 * The result: drafting reads {@code ballotId}, {@code draftVersionId}, {@code passed}, {@code closedAt},
 * {@code contentHash} and {@code openedAt} (see drafting's {@code contracts.BallotClosed}). Tallies are counts of
 * weight, never who voted how; on a secret ballot a side or group where fewer than the configured minimum of voters
 * took part is {@code withheld}, with its counts by position null, and {@code checks} still say whether the rule held
 * there.
 */
@EventType("accord.voting.BallotClosed.v1")
public record BallotClosed(String ballotId, String draftVersionId, boolean passed, Instant closedAt, String rule,
        String summary, Tally overall, List<Tally> sides, List<Tally> groups, String closedBy, String reason,
        boolean secret, String contentHash, Instant openedAt, List<CheckOutcome> checks) implements VotingEvent {

    public record Tally(String scope, int eligible, Integer approve, Integer approveWithComments,
            Integer disapprove, Integer abstain, int voted, boolean withheld) {
    }

    public record CheckOutcome(String scope, boolean holds) {
    }

    @Override
    public Instant at() {
        return closedAt;
    }
}
