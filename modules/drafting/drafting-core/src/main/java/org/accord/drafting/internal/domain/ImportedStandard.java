package org.accord.drafting.internal.domain;

import java.util.List;

/**
 * A standard read from a Markdown file.
 *
 * @param title
 *            the single level-1 heading that opens the file, or null when the file has none
 * @param scope
 *            the Markdown under the title, or before the first heading; empty when there is none
 * @param clauses
 *            in document order
 */
public record ImportedStandard(String title, String scope, List<ImportedClause> clauses) {

    public ImportedStandard {
        scope = scope == null ? "" : scope;
        clauses = List.copyOf(clauses);
    }
}
