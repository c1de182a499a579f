package org.accord.drafting.api.events;

import java.time.Instant;
import java.util.List;

import org.accord.platform.events.EventType;

/**
 * {@code suggestionId} is set when the revision accepts a member's suggestion. {@code answersComments} are the ids of
 * review comments the editor says this revision answers; empty when none (and always for an accepted suggestion).
 */
@EventType("accord.drafting.ClauseRevised.v1")
public record ClauseRevised(String standardId, String clauseId, String revisionId, String basedOnRevisionId,
        String heading, String text, String rationale, String suggestionId, String by, Instant at,
        List<String> answersComments)
        implements
            DraftingEvent {
}
