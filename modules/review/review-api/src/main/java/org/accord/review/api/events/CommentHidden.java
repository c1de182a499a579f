package org.accord.review.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * The tombstone, never the text: {@code author} is told. {@code undisposed} is the round's count of comments still
 * waiting for a disposition after this one was hidden.
 */
@EventType("accord.review.CommentHidden.v1")
public record CommentHidden(String roundId, String standardId, String commentId, String author, String reason,
        int undisposed, String by, Instant at) implements ReviewEvent {
}
