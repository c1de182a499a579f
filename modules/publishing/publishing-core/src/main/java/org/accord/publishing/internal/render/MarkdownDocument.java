package org.accord.publishing.internal.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.api.text.StandardMarkdown;
import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.StandardDocument;

/**
 * A version as the Markdown file drafting exports and imports, written by drafting's own {@link StandardMarkdown}, so a
 * published file imports back into a standard with the same outline.
 */
@ApplicationScoped
public class MarkdownDocument implements Renderer {

    @Override
    public ExportFormat format() {
        return ExportFormat.MARKDOWN;
    }

    @Override
    public byte[] render(StandardDocument document) {
        String markdown = StandardMarkdown.write(document.reference(), document.title(), document.scope(),
                document.versionLabel(), outlineOf(document.clauses()));
        return markdown.getBytes(StandardCharsets.UTF_8);
    }

    private static List<StandardMarkdown.Clause> outlineOf(List<DocumentClause> clauses) {
        return clauses.stream()
                .map(clause -> new StandardMarkdown.Clause(clause.number(), clause.heading(), clause.text(),
                        clause.kind().isAnnotation(), outlineOf(clause.children())))
                .toList();
    }
}
