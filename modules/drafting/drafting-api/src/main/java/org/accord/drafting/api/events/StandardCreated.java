package org.accord.drafting.api.events;

import java.time.Instant;
import java.util.List;

import org.accord.platform.events.EventType;

@EventType("accord.drafting.StandardCreated.v1")
public record StandardCreated(String standardId, String reference, String title, String scope, List<String> editors,
        String by, Instant at) implements DraftingEvent {
}
