package org.accord.drafting.api.contracts;

import java.time.Instant;

import org.accord.platform.events.EventType;

/** What drafting reads of the voting module's {@code BallotCancelled}: the text it froze may change again. */
@EventType("accord.voting.BallotCancelled.v1")
public record BallotCancelled(String ballotId, Instant at) {
}
