package org.accord.drafting.internal.domain;

/**
 * One clause read from an imported Markdown file.
 *
 * @param depth
 *            0 for a top-level clause; never more than one deeper than the clause before it, and nothing is ever deeper
 *            than a note or example directly above it, so the parent of a clause is the nearest earlier clause of
 *            smaller depth
 * @param heading
 *            the heading without its number; empty for a note or example without a heading of its own
 * @param text
 *            the Markdown source under the heading, as written
 */
public record ImportedClause(int depth, ClauseKind kind, String heading, String text) {
}
