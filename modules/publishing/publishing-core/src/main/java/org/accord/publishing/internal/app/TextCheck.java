package org.accord.publishing.internal.app;

import java.util.List;

import org.accord.drafting.api.text.ContentHash;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.publishing.internal.persistence.ReadModelRows;

/**
 * What publishing renders must be the very text drafting froze and the group voted on: every revision the version names
 * must be known, and their words must hash to the version's content hash.
 */
final class TextCheck {

    /** Some revision of the version has not reached publishing yet: asking again later helps. */
    static final class Incomplete extends RuleViolation {

        private static final long serialVersionUID = 1L;

        private final String versionLabel;

        Incomplete(String versionLabel) {
            super(Kind.UNAVAILABLE, null, Text.of("publishing.text_incomplete", versionLabel));
            this.versionLabel = versionLabel;
        }

        String versionLabel() {
            return versionLabel;
        }
    }

    /** The words publishing holds are not those drafting froze: nothing is rendered from them, ever. */
    static final class Altered extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        private final String found;
        private final String frozen;

        Altered(ReadModelRows.Version version, String found) {
            super("The text publishing holds for version " + version.id() + " hashes to " + found
                    + ", not to the frozen " + version.contentHash());
            this.found = found;
            this.frozen = version.contentHash();
        }

        String found() {
            return found;
        }

        String frozen() {
            return frozen;
        }
    }

    private TextCheck() {
    }

    static void requireFrozenText(ReadModelRows.Version version, List<ReadModelRows.VersionClause> clauses) {
        if (clauses.stream().anyMatch(clause -> clause.text() == null)) {
            throw new Incomplete(version.label());
        }
        String hash = ContentHash.of(clauses.stream().map(clause -> new ContentHash.Clause(clause.clauseId(),
                clause.parentId(), clause.kind(), clause.heading(), clause.text())).toList());
        if (!hash.equals(version.contentHash())) {
            throw new Altered(version, hash);
        }
    }
}
