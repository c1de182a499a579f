package org.accord.review.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/** {@code visibleWhileOpen} false keeps the comments from members' view until the round closes. */
@EventType("accord.review.CommentRoundOpened.v1")
public record CommentRoundOpened(String roundId, String standardId, String draftVersionId, String versionLabel,
        String title, Instant opensAt, Instant closesAt, boolean visibleWhileOpen, String by, Instant at)
        implements
            ReviewEvent {
}
