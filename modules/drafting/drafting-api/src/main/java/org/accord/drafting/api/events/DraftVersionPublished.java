package org.accord.drafting.api.events;

import java.time.Instant;
import java.util.List;

/** A frozen snapshot: which revision of which clause, where, with which number. */
public record DraftVersionPublished(String standardId, String versionId, String label, String stage,
        List<FrozenClause> clauses, String by, Instant at) implements DraftingEvent {

    public record FrozenClause(String clauseId, String revisionId, String parentId, int position, String kind,
            String number) {
    }
}
