package org.accord.publishing.internal.app;

import java.util.List;

import org.accord.drafting.api.text.ContentHash;
import org.accord.platform.errors.RuleViolation;
import org.accord.publishing.internal.persistence.ReadModelRows;

/**
 * What publishing renders must be the very text drafting froze and the group voted on: every revision the version names
 * must be known, and their words must hash to the version's content hash.
 */
final class TextCheck {

    private TextCheck() {
    }

    static void requireFrozenText(ReadModelRows.Version version, List<ReadModelRows.VersionClause> clauses) {
        if (clauses.stream().anyMatch(clause -> clause.text() == null)) {
            throw new RuleViolation(RuleViolation.Kind.UNAVAILABLE, null, "The text of " + version.label()
                    + " has not fully reached publishing yet; try again in a moment.");
        }
        String hash = ContentHash.of(clauses.stream().map(clause -> new ContentHash.Clause(clause.clauseId(),
                clause.parentId(), clause.kind(), clause.heading(), clause.text())).toList());
        if (!hash.equals(version.contentHash())) {
            throw new IllegalStateException("The text publishing holds for version " + version.id()
                    + " hashes to " + hash + ", not to the frozen " + version.contentHash());
        }
    }
}
