package org.accord.drafting.api.events;

import java.time.Instant;
import java.util.List;

/** {@code clauseIds} is the clause and every subclause removed with it. */
public record ClauseRemoved(String standardId, String clauseId, List<String> clauseIds, String rationale, String by,
        Instant at) implements DraftingEvent {
}
