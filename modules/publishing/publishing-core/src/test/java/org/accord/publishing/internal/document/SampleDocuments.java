package org.accord.publishing.internal.document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Versions to render in tests and benchmarks: a small one with every kind and Markdown feature, and big ones. */
public final class SampleDocuments {

    private static final Instant FROZEN = Instant.parse("2026-11-02T10:15:30Z");

    private SampleDocuments() {
    }

    /** A few clauses of every kind, with the Markdown a member may write, including text that looks like markup. */
    public static StandardDocument small() {
        List<DocumentClause> clauses = List.of(
                clause("1", ClauseKind.SECTION, "Scope",
                        "This document defines *open-source AI* for the **working group**.\n\n"
                                + "It applies to:\n\n- model weights,\n- training code, and\n- documentation.",
                        List.of(note("NOTE 1", "Data is covered in [the annex](https://example.org/annex)."))),
                clause("2", ClauseKind.SECTION, "Terms and definitions", "",
                        List.of(term("2.1", "open-source AI system",
                                "AI system made available under terms that grant the freedoms to use, study, modify"
                                        + " and share it"),
                                term("2.2", "weights", "learned parameters of a model"))),
                clause("3", ClauseKind.SECTION, "Requirements & <conformance>",
                        "A system *shall* publish its `weights`.\n\n1. first\n2. second",
                        List.of(clause("3.1", ClauseKind.CLAUSE, "Code",
                                "> Quoted text with a <script>alert(1)</script> tag shown as text.\n\n"
                                        + "```\ncode block\n  indented\n```",
                                List.of(example("EXAMPLE 1", "A repository with a licence file.\nA second line."),
                                        example("EXAMPLE 2", "Another example."))),
                                clause("3.2", ClauseKind.CLAUSE, "Ünïcödé — “quotes” and 中文", "Text with ümlauts.",
                                        List.of()))),
                clause("Annex A", ClauseKind.ANNEX, "Training data (informative)", "Annex text.",
                        List.of(clause("A.1", ClauseKind.CLAUSE, "Provenance", "Where the data came from.",
                                List.of(note("NOTE 1", "A note in an annex."))))));
        return document("TAWG 1", "Functional definition of open-source AI", "CD 2", clauses);
    }

    /**
     * About {@code size} clauses of every kind: sections of clauses with subclauses, notes, examples and terms, and two
     * annexes, each clause with a paragraph or two of Markdown.
     */
    public static StandardDocument generated(int size) {
        List<DocumentClause> top = new ArrayList<>();
        int made = 0;
        int section = 0;
        while (made < size - 6) {
            section++;
            List<DocumentClause> children = new ArrayList<>();
            for (int c = 1; c <= 8 && made < size - 6; c++) {
                String number = section + "." + c;
                List<DocumentClause> below = new ArrayList<>();
                if (c % 3 == 0) {
                    below.add(term(number + ".1", "term " + number, "definition of term " + number));
                    made++;
                } else if (c % 4 == 0) {
                    below.add(clause(number + ".1", ClauseKind.CLAUSE, "Subclause " + number + ".1",
                            paragraph(number + ".1"), List.of()));
                    made++;
                }
                if (c % 2 == 0) {
                    below.add(note("NOTE 1", "A note on clause " + number + "."));
                    made++;
                }
                if (c % 5 == 0) {
                    below.add(example("EXAMPLE 1", "An example for clause " + number + "."));
                    made++;
                }
                children.add(clause(number, ClauseKind.CLAUSE, "Clause " + number, paragraph(number), below));
                made++;
            }
            top.add(clause(String.valueOf(section), ClauseKind.SECTION, "Section " + section, paragraph("" + section),
                    children));
            made++;
        }
        for (String letter : List.of("A", "B")) {
            top.add(clause("Annex " + letter, ClauseKind.ANNEX, "Annex " + letter + " heading", paragraph(letter),
                    List.of(clause(letter + ".1", ClauseKind.CLAUSE, "Annex clause", paragraph(letter + ".1"),
                            List.of(note("NOTE 1", "A note in annex " + letter + "."))))));
        }
        return document("TAWG 9", "Generated standard of " + size + " clauses", "CD 1", top);
    }

    private static String paragraph(String number) {
        return "Clause " + number + " text *shall* be read with **care**; see `item " + number
                + "` and the [reference](https://example.org/" + number + ").\n\n- one point\n- another point";
    }

    private static StandardDocument document(String reference, String title, String label,
            List<DocumentClause> clauses) {
        UUID standard = UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8));
        UUID version = UUID.nameUUIDFromBytes((reference + label).getBytes(StandardCharsets.UTF_8));
        return new StandardDocument(standard, reference, title, "Scope of " + title + ".", "CONSENSUS_DRAFT", version,
                label, "9f".repeat(32), FROZEN, clauses);
    }

    private static DocumentClause clause(String number, ClauseKind kind, String heading, String text,
            List<DocumentClause> children) {
        return new DocumentClause(UUID.randomUUID(), number, kind, heading, text, children);
    }

    private static DocumentClause note(String number, String text) {
        return clause(number, ClauseKind.NOTE, "", text, List.of());
    }

    private static DocumentClause example(String number, String text) {
        return clause(number, ClauseKind.EXAMPLE, "", text, List.of());
    }

    private static DocumentClause term(String number, String term, String definition) {
        return clause(number, ClauseKind.TERM, term, definition, List.of());
    }
}
