package org.accord.drafting.api.contracts;

import java.time.Instant;

/**
 * What drafting needs to hear from the voting module: the event {@code accord.voting.BallotClosed} on topic
 * {@code accord.voting.v1}, of which drafting reads these fields (others are ignored). {@code draftVersionId} is null
 * for a ballot on a plain question. A passed ballot on a standard's latest draft version lets the standard move to the
 * consensus draft stage.
 */
public record BallotClosed(String ballotId, String draftVersionId, boolean passed, Instant closedAt) {

    public static final String TYPE = "accord.voting.BallotClosed";
    public static final String TOPIC = "accord.voting.v1";
}
