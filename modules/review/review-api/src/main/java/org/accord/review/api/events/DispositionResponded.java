package org.accord.review.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/** The commenter's answer to the disposition of their comment. */
@EventType("accord.review.DispositionResponded.v1")
public record DispositionResponded(String roundId, String commentId, boolean satisfied, String by, Instant at)
        implements
            ReviewEvent {
}
