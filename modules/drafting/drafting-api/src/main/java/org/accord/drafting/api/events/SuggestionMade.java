package org.accord.drafting.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

@EventType("accord.drafting.SuggestionMade.v1")
public record SuggestionMade(String standardId, String clauseId, String suggestionId, String baseRevisionId,
        String reason, String by, Instant at) implements DraftingEvent {
}
