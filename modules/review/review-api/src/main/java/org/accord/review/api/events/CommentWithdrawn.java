package org.accord.review.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

@EventType("accord.review.CommentWithdrawn.v1")
public record CommentWithdrawn(String roundId, String commentId, String by, Instant at) implements ReviewEvent {
}
