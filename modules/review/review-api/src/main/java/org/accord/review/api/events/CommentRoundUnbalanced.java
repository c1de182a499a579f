package org.accord.review.api.events;

import java.time.Instant;
import java.util.List;

import org.accord.platform.events.EventType;

/**
 * Raised once per round when its last fifth begins and a side or stakeholder group that has voting members has not
 * commented yet.
 */
@EventType("accord.review.CommentRoundUnbalanced.v1")
public record CommentRoundUnbalanced(String roundId, String standardId, List<String> silentSides,
        List<String> silentGroups, Instant closesAt, Instant at) implements ReviewEvent {
}
