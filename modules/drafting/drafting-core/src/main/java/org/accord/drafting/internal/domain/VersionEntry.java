package org.accord.drafting.internal.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One clause as frozen in a draft version.
 *
 * @param parentId
 *            null for a top-level clause
 * @param number
 *            the displayed number at the time, such as "4.1", "Annex A" or "NOTE 1"
 */
public record VersionEntry(UUID clauseId, UUID revisionId, UUID parentId, int position, ClauseKind kind,
        String number, String heading, String text) {

    public VersionEntry {
        Objects.requireNonNull(clauseId, "A version entry needs a clause id");
        Objects.requireNonNull(kind, "Version entry " + clauseId + " needs a kind");
    }
}
