package org.accord.publishing.internal.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The canonical source of every export: one frozen draft version of a standard, with its clauses as a tree in document
 * order. Every format is rendered from this and nothing else, so all formats say the same thing.
 *
 * @param stage
 *            the standard's stage when the version was frozen, such as {@code CONSENSUS_DRAFT}
 * @param contentHash
 *            the SHA-256 drafting computed over the version's canonical text; exports and bundles name it
 */
public record StandardDocument(UUID standardId, String reference, String title, String scope, String stage,
        UUID versionId, String versionLabel, String contentHash, Instant frozenAt, List<DocumentClause> clauses) {

    public StandardDocument {
        scope = scope == null ? "" : scope;
        clauses = List.copyOf(clauses);
    }

    /** The top-level clauses that make up the body: everything but the annexes. */
    public List<DocumentClause> body() {
        return clauses.stream().filter(clause -> clause.kind() != ClauseKind.ANNEX).toList();
    }

    /** The top-level annexes, in order. */
    public List<DocumentClause> annexes() {
        return clauses.stream().filter(clause -> clause.kind() == ClauseKind.ANNEX).toList();
    }

    /** Every clause, parents before their children, in reading order. */
    public List<DocumentClause> inDocumentOrder() {
        List<DocumentClause> all = new ArrayList<>();
        clauses.forEach(clause -> collect(clause, all));
        return all;
    }

    /** "TAWG 1 CD 2": the reference and the version label, as headers and file names show it. */
    public String designation() {
        return reference + " " + versionLabel;
    }

    /** The stage as readers write it: "Consensus draft". */
    public String stageName() {
        String words = stage.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void collect(DocumentClause clause, List<DocumentClause> into) {
        into.add(clause);
        clause.children().forEach(child -> collect(child, into));
    }
}
