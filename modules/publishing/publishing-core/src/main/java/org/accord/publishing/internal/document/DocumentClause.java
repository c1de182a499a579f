package org.accord.publishing.internal.document;

import java.util.List;
import java.util.UUID;

/**
 * One clause of a frozen version: its stable id, the number readers see ("4.1", "Annex A", "NOTE 1"), its heading and
 * its text in Markdown, with the clauses below it in order. A term's heading is the term and its text the definition.
 */
public record DocumentClause(UUID clauseId, String number, ClauseKind kind, String heading, String text,
        List<DocumentClause> children) {

    public DocumentClause {
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
        children = List.copyOf(children);
    }

    /**
     * The id every format gives this clause's element: derived from the stable clause id, so links into an export
     * survive renumbering, and starting with a letter, as XML ids must.
     */
    public String anchor() {
        return "c-" + clauseId;
    }
}
