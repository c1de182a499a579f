package org.accord.drafting.internal.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One clause's place in the tree of a standard.
 *
 * @param parentId
 *            null for a top-level clause
 * @param position
 *            0-based order among the clause's siblings
 */
public record ClauseNode(UUID id, UUID parentId, int position, ClauseKind kind) {

    public ClauseNode {
        Objects.requireNonNull(id, "A clause node needs an id");
        Objects.requireNonNull(kind, "Clause " + id + " needs a kind");
    }
}
