package org.accord.drafting.api.events;

import java.time.Instant;

public record StageChanged(String standardId, String from, String to, String reason, String by, Instant at)
        implements
            DraftingEvent {
}
