package org.accord.drafting.internal.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.accord.drafting.api.text.ContentHash;

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

    /** The content hash of a text given as its entries in document order. */
    public static String contentHash(List<VersionEntry> entriesInDocumentOrder) {
        return ContentHash.of(entriesInDocumentOrder.stream().map(VersionEntry::hashed).toList());
    }

    /** The entry as the content hash sees it. */
    public ContentHash.Clause hashed() {
        return new ContentHash.Clause(clauseId, parentId, kind.name(), heading, text);
    }
}
