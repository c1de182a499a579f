package org.accord.drafting.api.events;

import java.time.Instant;

public record ClauseMoved(String standardId, String clauseId, String fromParentId, String toParentId, int position,
        String by, Instant at) implements DraftingEvent {
}
