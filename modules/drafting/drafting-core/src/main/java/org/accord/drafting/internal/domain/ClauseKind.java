package org.accord.drafting.internal.domain;

/** What a clause is; decides how it is numbered and whether it may contain other clauses. */
public enum ClauseKind {
    SECTION, CLAUSE,
    /** Informative, numbered "NOTE 1" within its parent; holds no clauses. */
    NOTE,
    /** Informative, numbered "EXAMPLE 1" within its parent; holds no clauses. */
    EXAMPLE, TERM,
    /** Lettered "Annex A" at the top level; its subclauses are numbered A.1, A.2. */
    ANNEX;

    /** Notes and examples annotate their parent, so nothing may sit under them. */
    public boolean mayContainClauses() {
        return this != NOTE && this != EXAMPLE;
    }
}
