package org.accord.drafting.api.contracts;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * What drafting reads of the review module's {@code CommentDisposed}: the round's count still without a disposition.
 */
@EventType("accord.review.CommentDisposed.v1")
public record CommentDisposed(String roundId, int undisposed, Instant at) {
}
