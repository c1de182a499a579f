package org.accord.review.api.events;

import java.time.Instant;
import java.util.List;

import org.accord.platform.events.EventType;

/**
 * One disposition answering one comment or a group of duplicates. {@code revisionIds} are the clause revisions that
 * implement it; {@code undisposed} is the round's count of comments still waiting for a disposition afterwards.
 */
@EventType("accord.review.CommentDisposed.v1")
public record CommentDisposed(String roundId, String standardId, String draftVersionId, String dispositionId,
        List<String> commentIds, List<String> authors, String disposition, List<String> revisionIds,
        int undisposed, String by, Instant at) implements ReviewEvent {
}
