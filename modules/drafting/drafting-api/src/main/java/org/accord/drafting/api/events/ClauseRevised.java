package org.accord.drafting.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/** {@code suggestionId} is set when the revision accepts a member's suggestion. */
@EventType("accord.drafting.ClauseRevised.v1")
public record ClauseRevised(String standardId, String clauseId, String revisionId, String basedOnRevisionId,
        String heading, String text, String rationale, String suggestionId, String by, Instant at)
        implements
            DraftingEvent {
}
