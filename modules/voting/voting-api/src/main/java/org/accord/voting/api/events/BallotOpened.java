package org.accord.voting.api.events;

import java.time.Instant;

/** {@code draftVersionId} is null for a ballot on a plain question. */
public record BallotOpened(String ballotId, String title, String draftVersionId, String question, String rule,
        boolean secret, Instant closesAt, int eligibleVoters, String by, Instant at) implements VotingEvent {
}
