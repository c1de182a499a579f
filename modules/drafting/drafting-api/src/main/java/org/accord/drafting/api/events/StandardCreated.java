package org.accord.drafting.api.events;

import java.time.Instant;
import java.util.List;

public record StandardCreated(String standardId, String reference, String title, String scope, List<String> editors,
        String by, Instant at) implements DraftingEvent {
}
