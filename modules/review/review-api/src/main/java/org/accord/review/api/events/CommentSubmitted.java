package org.accord.review.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * {@code clauseId} is null for a comment on the whole document. {@code side} and {@code groupCode} are the commenter's
 * when they commented; {@code onBehalfOf} names the external body a moderator imported the comment for.
 */
@EventType("accord.review.CommentSubmitted.v1")
public record CommentSubmitted(String roundId, String standardId, String commentId, int number, String clauseId,
        String type, String side, String groupCode, String onBehalfOf, String by, Instant at)
        implements
            ReviewEvent {
}
