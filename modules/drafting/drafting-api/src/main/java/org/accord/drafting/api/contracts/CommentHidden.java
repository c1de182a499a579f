package org.accord.drafting.api.contracts;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * What drafting reads of the review module's {@code CommentHidden}: a hidden comment needs no disposition, so the
 * round's count still without one may fall.
 */
@EventType("accord.review.CommentHidden.v1")
public record CommentHidden(String roundId, int undisposed, Instant at) {
}
