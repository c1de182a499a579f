package org.accord.drafting.api.events;

import java.time.Instant;
import java.util.List;

import org.accord.platform.events.EventType;

/** {@code editors} are the usernames of everyone who edits the standard now, in the order they were given. */
@EventType("accord.drafting.EditorsChanged.v1")
public record EditorsChanged(String standardId, List<String> editors, String by, Instant at) implements DraftingEvent {
}
