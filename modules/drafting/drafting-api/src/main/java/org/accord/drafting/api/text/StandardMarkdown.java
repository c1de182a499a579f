package org.accord.drafting.api.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The Markdown file format of a standard, which drafting imports and every module exports a version in: the reference
 * and title as the one level-1 heading, the version label in italics, the scope, then each clause as a heading one
 * level deeper than its parent, starting with its number. Notes and examples become bold-labelled paragraphs right
 * after the text of their parent, before its subclauses, because in Markdown a paragraph belongs to the heading above
 * it.
 */
public final class StandardMarkdown {

    private static final int DEEPEST_HEADING = 6;
    /** Characters that would turn into markup in a heading or label; escaped so they read back as written. */
    private static final Pattern INLINE_MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>#&])");
    /** A line that starts a list, quote, heading, fence, table or indented code, where a label cannot go in front. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?: {4}|\\t| {0,3}(?:[-*+>#|]|\\d+[.)]|```|~~~))");

    /**
     * One clause with the clauses below it in order.
     *
     * @param number
     *            the displayed number, such as "4.1", "Annex A" or "NOTE 1"
     * @param heading
     *            plain text, not Markdown; a term's heading is the term
     * @param text
     *            Markdown
     * @param annotation
     *            true for a note or an example, which is written as a labelled paragraph and holds no clauses
     */
    public record Clause(String number, String heading, String text, boolean annotation, List<Clause> children) {

        public Clause {
            children = List.copyOf(children);
        }
    }

    private StandardMarkdown() {
    }

    /** The whole file, ending in one line break; blank scope and version label are left out. */
    public static String write(String reference, String title, String scope, String versionLabel,
            List<Clause> clauses) {
        StringBuilder markdown = new StringBuilder();
        markdown.append("# ").append(joined(escapeMarkup(reference), escapeMarkup(title))).append("\n\n");
        if (present(versionLabel)) {
            markdown.append('_').append(escapeMarkup(versionLabel)).append("_\n\n");
        }
        if (present(scope)) {
            markdown.append(scope.strip()).append("\n\n");
        }
        appendAnnotationsOf(markdown, clauses);
        appendClausesOf(markdown, clauses, 0);
        return markdown.toString().stripTrailing() + "\n";
    }

    private static void appendClausesOf(StringBuilder markdown, List<Clause> clauses, int depth) {
        for (Clause clause : clauses) {
            if (!clause.annotation()) {
                appendClause(markdown, clause, depth);
                appendAnnotationsOf(markdown, clause.children());
                appendClausesOf(markdown, clause.children(), depth + 1);
            }
        }
    }

    private static void appendAnnotationsOf(StringBuilder markdown, List<Clause> clauses) {
        clauses.stream().filter(Clause::annotation).forEach(note -> appendAnnotation(markdown, note));
    }

    private static void appendClause(StringBuilder markdown, Clause clause, int depth) {
        markdown.append("#".repeat(Math.min(depth + 2, DEEPEST_HEADING))).append(' ')
                .append(joined(clause.number(), escapeMarkup(clause.heading()))).append("\n\n");
        if (present(clause.text())) {
            markdown.append(clause.text().strip()).append("\n\n");
        }
    }

    private static void appendAnnotation(StringBuilder markdown, Clause note) {
        String label = "**" + joined(note.number(), escapeMarkup(note.heading())) + "**";
        String text = present(note.text()) ? note.text().strip() : "";
        if (text.isEmpty()) {
            markdown.append(label).append("\n\n");
        } else if (BLOCK_START.matcher(text).lookingAt()) {
            markdown.append(label).append("\n\n").append(text).append("\n\n");
        } else {
            markdown.append(label).append(' ').append(text).append("\n\n");
        }
    }

    private static String escapeMarkup(String heading) {
        return heading == null ? "" : INLINE_MARKUP.matcher(heading.strip()).replaceAll("\\\\$1");
    }

    private static String joined(String first, String second) {
        boolean hasFirst = present(first);
        boolean hasSecond = present(second);
        if (hasFirst && hasSecond) {
            return first.strip() + " " + second.strip();
        }
        return hasFirst ? first.strip() : hasSecond ? second.strip() : "";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
