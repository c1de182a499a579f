package org.accord.voting.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

@EventType("accord.voting.BallotCancelled.v1")
public record BallotCancelled(String ballotId, String reason, String by, Instant at) implements VotingEvent {
}
