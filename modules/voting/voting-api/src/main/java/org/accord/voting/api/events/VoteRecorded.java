package org.accord.voting.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/** {@code position} is null for a secret ballot: who voted is public, how never is. */
@EventType("accord.voting.VoteRecorded.v1")
public record VoteRecorded(String ballotId, String memberId, String position, boolean changed, Instant at)
        implements
            VotingEvent {
}
