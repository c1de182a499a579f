package org.accord.drafting.internal.domain;

import java.util.List;

/**
 * The differences between two draft versions, in reading order, with totals. A clause that moved and changed counts in
 * both {@code moved} and {@code changed}.
 */
public record VersionComparison(List<ClauseChange> changes, int added, int removed, int moved, int changed) {

    public VersionComparison {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
