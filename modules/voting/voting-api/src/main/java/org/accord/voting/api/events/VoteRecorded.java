package org.accord.voting.api.events;

import java.time.Instant;

/** {@code position} is null for a secret ballot: who voted is public, how never is. */
public record VoteRecorded(String ballotId, String memberId, String position, boolean changed, Instant at)
        implements
            VotingEvent {
}
