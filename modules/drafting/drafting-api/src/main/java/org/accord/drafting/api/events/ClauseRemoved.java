package org.accord.drafting.api.events;

import java.time.Instant;
import java.util.List;

import org.accord.platform.events.EventType;

/** {@code clauseIds} is the clause and every subclause removed with it. */
@EventType("accord.drafting.ClauseRemoved.v1")
public record ClauseRemoved(String standardId, String clauseId, List<String> clauseIds, String rationale, String by,
        Instant at) implements DraftingEvent {
}
