package org.accord.review.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

@EventType("accord.review.CommentRoundExtended.v1")
public record CommentRoundExtended(String roundId, String standardId, Instant previousClosesAt, Instant closesAt,
        String reason, String by, Instant at) implements ReviewEvent {
}
