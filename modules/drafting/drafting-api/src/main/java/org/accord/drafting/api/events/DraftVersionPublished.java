package org.accord.drafting.api.events;

import java.time.Instant;
import java.util.List;

import org.accord.platform.events.EventType;

/**
 * A frozen snapshot: which revision of which clause, where, with which number. {@code contentHash} is the SHA-256 of
 * the version's canonical text; ballots, approvals and exports name it.
 */
@EventType("accord.drafting.DraftVersionPublished.v1")
public record DraftVersionPublished(String standardId, String versionId, String label, String stage,
        List<FrozenClause> clauses, String contentHash, String by, Instant at) implements DraftingEvent {

    public record FrozenClause(String clauseId, String revisionId, String parentId, int position, String kind,
            String number) {
    }
}
