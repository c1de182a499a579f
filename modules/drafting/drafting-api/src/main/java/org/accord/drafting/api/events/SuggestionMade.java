package org.accord.drafting.api.events;

import java.time.Instant;

public record SuggestionMade(String standardId, String clauseId, String suggestionId, String baseRevisionId,
        String reason, String by, Instant at) implements DraftingEvent {
}
