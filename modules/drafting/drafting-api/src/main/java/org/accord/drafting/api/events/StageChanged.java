package org.accord.drafting.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * {@code ballotId} names the ballot that carried the step, and {@code contentHash} the hash of the text it approved;
 * both are null for steps that need no ballot.
 */
@EventType("accord.drafting.StageChanged.v1")
public record StageChanged(String standardId, String from, String to, String reason, String ballotId,
        String contentHash, String by, Instant at) implements DraftingEvent {
}
