package org.accord.drafting.internal.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.accord.drafting.internal.domain.ClauseKind.ANNEX;
import static org.accord.drafting.internal.domain.ClauseKind.CLAUSE;
import static org.accord.drafting.internal.domain.ClauseKind.EXAMPLE;
import static org.accord.drafting.internal.domain.ClauseKind.NOTE;
import static org.accord.drafting.internal.domain.ClauseKind.SECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MarkdownExportTest {

    private static final UUID SCOPE = id(1);
    private static final UUID REQUIREMENTS = id(2);
    private static final UUID WEIGHTS = id(3);
    private static final UUID WEIGHTS_NOTE = id(4);
    private static final UUID FORMATS = id(5);
    private static final UUID CODE = id(6);
    private static final UUID CODE_EXAMPLE = id(7);
    private static final UUID GLOSSARY = id(8);
    private static final UUID MODEL = id(9);

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static VersionEntry entry(UUID id, UUID parent, ClauseKind kind, String number, String heading,
            String text) {
        return new VersionEntry(id, new UUID(1, id.getLeastSignificantBits()), parent, 0, kind, number, heading,
                text);
    }

    private static final List<VersionEntry> ENTRIES = List.of(
            entry(SCOPE, null, SECTION, "1", "Scope", "Applies to *providers*."),
            entry(REQUIREMENTS, null, SECTION, "2", "Requirements", ""),
            entry(WEIGHTS, REQUIREMENTS, CLAUSE, "2.1", "Openness of weights", "Weights are published."),
            entry(FORMATS, WEIGHTS, CLAUSE, "2.1.1", "Formats", "- safetensors\n- gguf"),
            entry(WEIGHTS_NOTE, WEIGHTS, NOTE, "NOTE 1", "", "Large weights may be sharded."),
            entry(CODE, REQUIREMENTS, CLAUSE, "2.2", "Code & data", "Code is published."),
            entry(CODE_EXAMPLE, CODE, EXAMPLE, "EXAMPLE 1", null, "```\ngit clone x\n```"),
            entry(GLOSSARY, null, ANNEX, "Annex A", "Glossary", null),
            entry(MODEL, GLOSSARY, CLAUSE, "A.1", "Model", "A trained system."));

    private static final Map<UUID, Integer> DEPTHS = Map.of(SCOPE, 0, REQUIREMENTS, 0, WEIGHTS, 1, FORMATS, 2,
            WEIGHTS_NOTE, 2, CODE, 1, CODE_EXAMPLE, 2, GLOSSARY, 0, MODEL, 1);

    private static String exported() {
        return MarkdownExport.export("AIGS-1", "Openness of AI models", "Covers open models.", "CD 2", ENTRIES);
    }

    @Test
    void export_writesTitleVersionScopeAndClauses() {
        assertThat(exported()).isEqualTo("""
                # AIGS-1 Openness of AI models

                _CD 2_

                Covers open models.

                ## 1 Scope

                Applies to *providers*.

                ## 2 Requirements

                ### 2.1 Openness of weights

                Weights are published.

                **NOTE 1** Large weights may be sharded.

                #### 2.1.1 Formats

                - safetensors
                - gguf

                ### 2.2 Code \\& data

                Code is published.

                **EXAMPLE 1**

                ```
                git clone x
                ```

                ## Annex A Glossary

                ### A.1 Model

                A trained system.
                """);
    }

    @Test
    void export_withoutLabelOrScope_leavesThemOut() {
        String markdown = MarkdownExport.export("AIGS-1", "Title", " ", null, List.of(ENTRIES.getFirst()));

        assertThat(markdown).isEqualTo("# AIGS-1 Title\n\n## 1 Scope\n\nApplies to *providers*.\n");
    }

    @Test
    void export_nestsHeadingsNoDeeperThanSix() {
        List<VersionEntry> chain = List.of(entry(id(1), null, SECTION, "1", "a", ""),
                entry(id(2), id(1), CLAUSE, "1.1", "b", ""), entry(id(3), id(2), CLAUSE, "1.1.1", "c", ""),
                entry(id(4), id(3), CLAUSE, "1.1.1.1", "d", ""), entry(id(5), id(4), CLAUSE, "1.1.1.1.1", "e", ""),
                entry(id(6), id(5), CLAUSE, "1.1.1.1.1.1", "f", ""));

        String markdown = MarkdownExport.export("R", "T", "", "", chain);

        assertThat(markdown.lines().filter(line -> line.startsWith("#")).toList()).containsExactly("# R T",
                "## 1 a", "### 1.1 b", "#### 1.1.1 c", "##### 1.1.1.1 d", "###### 1.1.1.1.1 e",
                "###### 1.1.1.1.1.1 f");
    }

    @Test
    void export_clauseWhoseParentIsNotInTheVersion_isWrittenAtTheTopLevel() {
        List<VersionEntry> entries = List.of(entry(id(1), id(99), CLAUSE, "1", "Orphan", "Text."));

        assertThat(MarkdownExport.export("R", "T", "", "", entries)).isEqualTo("# R T\n\n## 1 Orphan\n\nText.\n");
    }

    @Test
    void export_topLevelNotes_followTheScope() {
        List<VersionEntry> entries = List.of(entry(id(1), null, NOTE, "NOTE 1", "", "Informative only."),
                entry(id(2), null, SECTION, "1", "Scope", "Text."));

        assertThat(MarkdownExport.export("R", "T", "Scope.", "", entries))
                .isEqualTo("# R T\n\nScope.\n\n**NOTE 1** Informative only.\n\n## 1 Scope\n\nText.\n");
    }

    @Test
    void roundTrip_keepsHeadingsKindsAndDepths_notesAndExamplesComeBackAsTextOfTheirParent() {
        ImportedStandard imported = MarkdownImport.parse(exported());

        assertThat(imported.title()).isEqualTo("AIGS-1 Openness of AI models");
        assertThat(imported.clauses()).extracting(ImportedClause::heading, ImportedClause::kind,
                ImportedClause::depth).containsExactlyElementsOf(
                        ENTRIES.stream()
                                .filter(entry -> entry.kind().mayContainClauses())
                                .map(entry -> tuple(entry.heading(), entry.kind(),
                                        DEPTHS.get(entry.clauseId())))
                                .toList());
        assertThat(imported.clauses().get(2).text())
                .isEqualTo("Weights are published.\n\n**NOTE 1** Large weights may be sharded.");
        assertThat(imported.clauses().get(4).text())
                .isEqualTo("Code is published.\n\n**EXAMPLE 1**\n\n```\ngit clone x\n```");
    }

    @Test
    void roundTrip_keepsTheTextOfEachClause() {
        ImportedStandard imported = MarkdownImport.parse(exported());

        assertThat(imported.clauses()).extracting(ImportedClause::text).containsExactly("Applies to *providers*.",
                "", "Weights are published.\n\n**NOTE 1** Large weights may be sharded.", "- safetensors\n- gguf",
                "Code is published.\n\n**EXAMPLE 1**\n\n```\ngit clone x\n```", "", "A trained system.");
    }

    @Test
    void roundTrip_headingsWithMarkdownCharacters_comeBackAsWritten() {
        String heading = "Use of *stars*, _underscores_, [brackets], <tags>, `ticks` & C#";
        List<VersionEntry> entries = List.of(entry(id(1), null, SECTION, "1", heading, "Text."));

        ImportedStandard imported = MarkdownImport.parse(MarkdownExport.export("R", "T", "", "", entries));

        assertThat(imported.clauses().getFirst().heading()).isEqualTo(heading);
    }

    @Test
    void roundTrip_headingStartingWithANumber_losesOnlyTheClauseNumber() {
        List<VersionEntry> entries = List.of(entry(id(1), null, SECTION, "1", "2024 review", "Text."));

        ImportedStandard imported = MarkdownImport.parse(MarkdownExport.export("R", "T", "", "", entries));

        assertThat(imported.clauses().getFirst().heading()).isEqualTo("2024 review");
    }

    @Test
    void roundTrip_termsAndNestedAnnexes_comeBackAsClauses() {
        List<VersionEntry> entries = List.of(entry(id(1), null, SECTION, "1", "Terms", ""),
                entry(id(2), id(1), ClauseKind.TERM, "1.1", "Model", "A trained system."),
                entry(id(3), id(1), ANNEX, "1.2", "Inline annex", ""));

        ImportedStandard imported = MarkdownImport.parse(MarkdownExport.export("R", "T", "", "", entries));

        assertThat(imported.clauses()).extracting(ImportedClause::kind).containsExactly(SECTION, CLAUSE, CLAUSE);
    }
}
