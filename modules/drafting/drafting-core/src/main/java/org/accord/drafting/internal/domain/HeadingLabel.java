package org.accord.drafting.internal.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what kind of clause a heading introduces and what its heading is without the number, so that numbers typed into
 * a file do not end up twice once the tree numbers the clauses itself.
 */
record HeadingLabel(ClauseKind kind, String heading) {

    /** "4", "4.1", "4.1.2." or "A.1" followed by the heading. */
    private static final Pattern CLAUSE_NUMBER = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?|[A-Z](?:\\.\\d+)+\\.?)\\s+");
    /** A single letter only, so that "Annex AI safety" keeps "AI safety" as its heading. */
    private static final Pattern ANNEX = Pattern.compile("^(?i:annex)\\b(?:\\s+[A-Z]\\b)?\\s*(?:[-–—:.]\\s*)?");
    private static final Pattern NOTE = Pattern.compile("^(?i:note)\\b(?:\\s+\\d+\\b)?\\s*(?:[-–—:.]\\s*)?");
    private static final Pattern EXAMPLE = Pattern.compile("^(?i:example)\\b(?:\\s+\\d+\\b)?\\s*(?:[-–—:.]\\s*)?");

    static HeadingLabel read(String headingText, int depth) {
        String text = CLAUSE_NUMBER.matcher(headingText.strip()).replaceFirst("");
        Matcher annex = ANNEX.matcher(text);
        if (annex.lookingAt()) {
            String rest = text.substring(annex.end());
            return new HeadingLabel(ClauseKind.ANNEX, rest.isEmpty() ? text : rest);
        }
        Matcher note = NOTE.matcher(text);
        if (note.lookingAt()) {
            return new HeadingLabel(ClauseKind.NOTE, text.substring(note.end()));
        }
        Matcher example = EXAMPLE.matcher(text);
        if (example.lookingAt()) {
            return new HeadingLabel(ClauseKind.EXAMPLE, text.substring(example.end()));
        }
        return new HeadingLabel(depth == 0 ? ClauseKind.SECTION : ClauseKind.CLAUSE, text);
    }
}
