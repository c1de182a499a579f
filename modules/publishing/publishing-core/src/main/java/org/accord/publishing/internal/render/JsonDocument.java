package org.accord.publishing.internal.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.StandardDocument;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A version as one JSON document in UTF-8, format {@code accord.standard.v1}. Keys always come in the order below,
 * indented by two spaces with {@code \n} line ends, so the same version always gives the same bytes:
 *
 * <pre>
 * {
 *   "format": "accord.standard.v1",
 *   "standard": { "id": uuid, "reference": "TAWG 1", "title": text, "scope": Markdown },
 *   "version": { "id": uuid, "label": "CD 2", "designation": "TAWG 1 CD 2", "stage": "CONSENSUS_DRAFT",
 *                "contentHash": SHA-256 in hex, "frozenAt": "2026-11-02T10:15:30Z" },
 *   "clauses": [ clause, ... ]
 * }
 * clause = { "id": uuid, "anchor": "c-" + id, "number": "4.1" | "Annex A" | "NOTE 1", "kind": "SECTION" | "CLAUSE"
 *            | "NOTE" | "EXAMPLE" | "TERM" | "ANNEX", "heading": text, "text": Markdown, "clauses": [ clause, ... ] }
 * </pre>
 *
 * A term's heading is the term and its text the definition; notes and examples have empty {@code clauses}. Fields are
 * only ever added under this format name; anything else gets a new one.
 */
@ApplicationScoped
public class JsonDocument implements Renderer {

    static final String FORMAT = "accord.standard.v1";

    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(prettyPrinter());

    @Override
    public ExportFormat format() {
        return ExportFormat.JSON;
    }

    @Override
    public byte[] render(StandardDocument document) {
        try {
            return (WRITER.writeValueAsString(exportOf(document)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The platform's line separator is the default, and would make the bytes depend on the server. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static Export exportOf(StandardDocument document) {
        return new Export(FORMAT,
                new Standard(document.standardId().toString(), document.reference(), document.title(),
                        document.scope()),
                new Version(document.versionId().toString(), document.versionLabel(), document.designation(),
                        document.stage(), document.contentHash(), document.frozenAt().toString()),
                clausesOf(document.clauses()));
    }

    private static List<Clause> clausesOf(List<DocumentClause> clauses) {
        return clauses.stream()
                .map(clause -> new Clause(clause.clauseId().toString(), clause.anchor(), clause.number(),
                        clause.kind().name(), clause.heading(), clause.text(), clausesOf(clause.children())))
                .toList();
    }

    record Export(String format, Standard standard, Version version, List<Clause> clauses) {
    }

    record Standard(String id, String reference, String title, String scope) {
    }

    record Version(String id, String label, String designation, String stage, String contentHash, String frozenAt) {
    }

    record Clause(String id, String anchor, String number, String kind, String heading, String text,
            List<Clause> clauses) {
    }
}
