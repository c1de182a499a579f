package org.accord.drafting.api.contracts;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * What drafting reads of the voting module's {@code BallotOpened}: while a ballot is open on a standard's latest draft
 * version, the standard's text is frozen. {@code draftVersionId} is null for a ballot on a plain question.
 */
@EventType("accord.voting.BallotOpened.v1")
public record BallotOpened(String ballotId, String draftVersionId, Instant at) {
}
