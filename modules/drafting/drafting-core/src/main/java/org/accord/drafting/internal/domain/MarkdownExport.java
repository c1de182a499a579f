package org.accord.drafting.internal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accord.drafting.api.text.StandardMarkdown;

/**
 * Writes a draft version as one Markdown document in the {@link StandardMarkdown} format, which {@link MarkdownImport}
 * reads back into the same outline.
 */
public final class MarkdownExport {

    private MarkdownExport() {
    }

    /**
     * @param entries
     *            the version's clauses in document order; a clause whose parent is not among them counts as top-level
     */
    public static String export(String reference, String title, String scope, String versionLabel,
            List<VersionEntry> entries) {
        return StandardMarkdown.write(reference, title, scope, versionLabel, outlineOf(entries));
    }

    private static List<StandardMarkdown.Clause> outlineOf(List<VersionEntry> entries) {
        Set<UUID> ids = new HashSet<>();
        entries.forEach(entry -> ids.add(entry.clauseId()));
        Map<UUID, List<VersionEntry>> childrenByParent = new HashMap<>();
        for (VersionEntry entry : entries) {
            UUID parent = ids.contains(entry.parentId()) ? entry.parentId() : null;
            childrenByParent.computeIfAbsent(parent, key -> new ArrayList<>()).add(entry);
        }
        return clausesUnder(null, childrenByParent);
    }

    private static List<StandardMarkdown.Clause> clausesUnder(UUID parent,
            Map<UUID, List<VersionEntry>> childrenByParent) {
        return childrenByParent.getOrDefault(parent, List.of()).stream()
                .map(entry -> new StandardMarkdown.Clause(entry.number(), entry.heading(), entry.text(),
                        !entry.kind().mayContainClauses(), clausesUnder(entry.clauseId(), childrenByParent)))
                .toList();
    }
}
