package org.accord.drafting.api.contracts;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * What drafting reads of the review module's {@code CommentRoundOpened} on topic {@code accord.review.v1} (other fields
 * are ignored): a comment round on one of the standard's draft versions.
 */
@EventType("accord.review.CommentRoundOpened.v1")
public record CommentRoundOpened(String roundId, String standardId, String draftVersionId, String title, Instant at) {
}
