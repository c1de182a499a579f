package org.accord.publishing.internal.document;

/** The kinds of clause drafting knows, as every export renders them. */
public enum ClauseKind {
    SECTION, CLAUSE, NOTE, EXAMPLE, TERM, ANNEX;

    /** Notes and examples are informative text attached to their parent, not numbered divisions of the standard. */
    public boolean isAnnotation() {
        return this == NOTE || this == EXAMPLE;
    }
}
