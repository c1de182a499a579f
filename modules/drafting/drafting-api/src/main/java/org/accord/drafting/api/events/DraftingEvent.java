package org.accord.drafting.api.events;

import java.time.Instant;

import org.accord.platform.events.IntegrationEvent;

/**
 * Every event on topic {@code accord.drafting.v1}; the subject is the standard, so a standard's events stay in order.
 */
public sealed interface DraftingEvent extends IntegrationEvent permits StandardCreated, ClauseAdded, ClauseRevised,
        ClauseMoved, ClauseRemoved, SuggestionMade, SuggestionDecided, DraftVersionPublished, StageChanged,
        EditorsChanged {

    String standardId();

    String by();

    Instant at();

    @Override
    default String subject() {
        return standardId();
    }
}
