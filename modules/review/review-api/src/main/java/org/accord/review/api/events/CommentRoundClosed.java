package org.accord.review.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * {@code comments} counts the comments that stand (not withdrawn); {@code undisposed} those of them still waiting for a
 * disposition (hidden comments need none). {@code early} is true when a moderator closed the round before its time.
 */
@EventType("accord.review.CommentRoundClosed.v1")
public record CommentRoundClosed(String roundId, String standardId, String draftVersionId, String title,
        int comments, int undisposed, boolean early, String reason, String by, Instant at) implements ReviewEvent {
}
