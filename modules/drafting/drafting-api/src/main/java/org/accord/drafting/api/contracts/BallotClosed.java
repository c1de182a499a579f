package org.accord.drafting.api.contracts;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * What drafting reads of the voting module's {@code BallotClosed} on topic {@code accord.voting.v1} (other fields are
 * ignored). {@code draftVersionId} is null for a ballot on a plain question; {@code contentHash} is the hash of the
 * version's text the ballot was opened on. A passed ballot can carry one stage change of its standard.
 */
@EventType("accord.voting.BallotClosed.v1")
public record BallotClosed(String ballotId, String draftVersionId, boolean passed, Instant closedAt,
        String contentHash, Instant openedAt) {
}
