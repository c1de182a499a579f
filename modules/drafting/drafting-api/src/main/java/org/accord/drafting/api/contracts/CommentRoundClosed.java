package org.accord.drafting.api.contracts;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * What drafting reads of the review module's {@code CommentRoundClosed}: {@code undisposed} comments of the round still
 * wait for a disposition, and while any do on the latest draft version the standard stays at committee draft.
 */
@EventType("accord.review.CommentRoundClosed.v1")
public record CommentRoundClosed(String roundId, String standardId, String draftVersionId, String title,
        int undisposed, Instant at) {
}
