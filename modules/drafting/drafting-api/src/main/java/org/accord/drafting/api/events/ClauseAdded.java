package org.accord.drafting.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

@EventType("accord.drafting.ClauseAdded.v1")
public record ClauseAdded(String standardId, String clauseId, String parentId, int position, String kind,
        String revisionId, String heading, String text, String by, Instant at) implements DraftingEvent {
}
