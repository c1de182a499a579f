package org.accord.drafting.internal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes a draft version as one Markdown document that {@link MarkdownImport} reads back into the same outline. Notes
 * and examples become bold-labelled paragraphs right after the text of their parent, before its subclauses, because in
 * Markdown a paragraph belongs to the heading above it.
 */
public final class MarkdownExport {

    private static final int DEEPEST_HEADING = 6;
    /** Characters that would turn into markup in a heading or label; escaped so they read back as written. */
    private static final Pattern INLINE_MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>#&])");
    /** A line that starts a list, quote, heading, fence, table or indented code, where a label cannot go in front. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?: {4}|\\t| {0,3}(?:[-*+>#|]|\\d+[.)]|```|~~~))");

    private MarkdownExport() {
    }

    /**
     * @param entries
     *            the version's clauses in document order
     * @param depths
     *            depth of each clause, 0 for the top level; a missing depth is worked out from the parent
     */
    public static String export(String reference, String title, String scope, String versionLabel,
            List<VersionEntry> entries, Map<UUID, Integer> depths) {
        StringBuilder markdown = new StringBuilder();
        markdown.append("# ").append(joined(escapeMarkup(reference), escapeMarkup(title))).append("\n\n");
        if (present(versionLabel)) {
            markdown.append('_').append(escapeMarkup(versionLabel)).append("_\n\n");
        }
        if (present(scope)) {
            markdown.append(scope.strip()).append("\n\n");
        }
        Map<UUID, List<VersionEntry>> annotations = new HashMap<>();
        for (VersionEntry entry : entries) {
            if (!entry.kind().mayContainClauses()) {
                annotations.computeIfAbsent(entry.parentId(), parent -> new ArrayList<>()).add(entry);
            }
        }
        annotations.getOrDefault(null, List.of()).forEach(note -> appendAnnotation(markdown, note));
        Map<UUID, Integer> knownDepths = new HashMap<>();
        for (VersionEntry entry : entries) {
            int depth = depthOf(entry, depths, knownDepths);
            if (entry.kind().mayContainClauses()) {
                appendClause(markdown, entry, depth);
                annotations.getOrDefault(entry.clauseId(), List.of()).forEach(note -> appendAnnotation(markdown, note));
            }
        }
        return markdown.toString().stripTrailing() + "\n";
    }

    private static int depthOf(VersionEntry entry, Map<UUID, Integer> depths, Map<UUID, Integer> knownDepths) {
        Integer given = depths == null ? null : depths.get(entry.clauseId());
        int depth = given != null
                ? given
                : entry.parentId() == null ? 0 : knownDepths.getOrDefault(entry.parentId(), -1) + 1;
        knownDepths.put(entry.clauseId(), depth);
        return depth;
    }

    private static void appendClause(StringBuilder markdown, VersionEntry entry, int depth) {
        markdown.append("#".repeat(Math.min(depth + 2, DEEPEST_HEADING))).append(' ')
                .append(joined(entry.number(), escapeMarkup(entry.heading()))).append("\n\n");
        if (present(entry.text())) {
            markdown.append(entry.text().strip()).append("\n\n");
        }
    }

    private static void appendAnnotation(StringBuilder markdown, VersionEntry note) {
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
