package org.accord.drafting.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

@EventType("accord.drafting.ClauseMoved.v1")
public record ClauseMoved(String standardId, String clauseId, String fromParentId, String toParentId, int position,
        String by, Instant at) implements DraftingEvent {
}
