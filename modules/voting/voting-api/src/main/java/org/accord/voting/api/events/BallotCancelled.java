package org.accord.voting.api.events;

import java.time.Instant;

public record BallotCancelled(String ballotId, String reason, String by, Instant at) implements VotingEvent {
}
