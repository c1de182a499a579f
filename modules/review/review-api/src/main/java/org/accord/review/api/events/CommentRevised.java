package org.accord.review.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/** {@code revision} counts the comment's texts: 2 after its first edit. */
@EventType("accord.review.CommentRevised.v1")
public record CommentRevised(String roundId, String commentId, int revision, String by, Instant at)
        implements
            ReviewEvent {
}
