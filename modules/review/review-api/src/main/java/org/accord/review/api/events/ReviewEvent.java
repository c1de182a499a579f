package org.accord.review.api.events;

import java.time.Instant;

import org.accord.platform.events.IntegrationEvent;

/**
 * Every event on topic {@code accord.review.v1}; the subject is the comment round. Comment texts never travel on the
 * topic: a round may keep its comments from view until it closes, and a hidden comment's text stays with review.
 */
public sealed interface ReviewEvent extends IntegrationEvent permits CommentRoundOpened, CommentRoundExtended,
        CommentRoundClosed, CommentRoundUnbalanced, CommentSubmitted, CommentRevised, CommentWithdrawn, CommentHidden,
        CommentDisposed, DispositionResponded {

    String roundId();

    Instant at();

    @Override
    default String subject() {
        return roundId();
    }
}
