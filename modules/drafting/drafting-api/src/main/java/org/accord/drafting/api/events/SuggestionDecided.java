package org.accord.drafting.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/** {@code revisionId} is the revision an accepted suggestion became; null when declined. */
@EventType("accord.drafting.SuggestionDecided.v1")
public record SuggestionDecided(String standardId, String clauseId, String suggestionId, boolean accepted,
        String revisionId, String reason, String by, Instant at) implements DraftingEvent {
}
