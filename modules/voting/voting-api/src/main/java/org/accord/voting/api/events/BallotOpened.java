package org.accord.voting.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * {@code draftVersionId} and {@code contentHash} (SHA-256 of that version's text) are null for a ballot on a plain
 * question.
 */
@EventType("accord.voting.BallotOpened.v1")
public record BallotOpened(String ballotId, String title, String draftVersionId, String question, String rule,
        boolean secret, Instant closesAt, int eligibleVoters, String by, Instant at, String contentHash)
        implements
            VotingEvent {
}
