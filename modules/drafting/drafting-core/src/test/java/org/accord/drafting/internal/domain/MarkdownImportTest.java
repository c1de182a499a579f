package org.accord.drafting.internal.domain;

import org.accord.platform.errors.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.accord.drafting.internal.domain.ClauseKind.ANNEX;
import static org.accord.drafting.internal.domain.ClauseKind.CLAUSE;
import static org.accord.drafting.internal.domain.ClauseKind.EXAMPLE;
import static org.accord.drafting.internal.domain.ClauseKind.NOTE;
import static org.accord.drafting.internal.domain.ClauseKind.SECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class MarkdownImportTest {

    private static final String STANDARD = """
            # AIGS-1 Openness of AI models

            This standard covers *open* models.

            ## 1 Scope

            Applies to providers.

            ## 2 Requirements

            ### 2.1 Openness of weights

            Weights **must** be published:

            - under an open licence
            - with a model card

            ### 2.2 Code

            Code is published.

            ## Annex A – Glossary

            ### A.1 Model

            A trained system.
            """;

    @Test
    void parse_withSingleLevelOneHeadingFirst_takesItAsTitleAndTheTextBelowAsScope() {
        ImportedStandard standard = MarkdownImport.parse(STANDARD);

        assertThat(standard.title()).isEqualTo("AIGS-1 Openness of AI models");
        assertThat(standard.scope()).isEqualTo("This standard covers *open* models.");
    }

    @Test
    void parse_turnsEachFurtherHeadingIntoAClause() {
        assertThat(MarkdownImport.parse(STANDARD).clauses()).containsExactly(
                new ImportedClause(0, SECTION, "Scope", "Applies to providers."),
                new ImportedClause(0, SECTION, "Requirements", ""),
                new ImportedClause(1, CLAUSE, "Openness of weights",
                        "Weights **must** be published:\n\n- under an open licence\n- with a model card"),
                new ImportedClause(1, CLAUSE, "Code", "Code is published."),
                new ImportedClause(0, ANNEX, "Glossary", ""),
                new ImportedClause(1, CLAUSE, "Model", "A trained system."));
    }

    @Test
    void parse_withoutTitle_takesTheTextBeforeTheFirstHeadingAsScope() {
        ImportedStandard standard = MarkdownImport.parse("Intro _text_.\n\n# One\n\nA\n\n# Two\n\nB\n");

        assertThat(standard.title()).isNull();
        assertThat(standard.scope()).isEqualTo("Intro _text_.");
        assertThat(standard.clauses()).containsExactly(new ImportedClause(0, SECTION, "One", "A"),
                new ImportedClause(0, SECTION, "Two", "B"));
    }

    @Test
    void parse_withHeadingOnTheFirstLine_hasEmptyScope() {
        ImportedStandard standard = MarkdownImport.parse("## One\n\ntext");

        assertThat(standard.title()).isNull();
        assertThat(standard.scope()).isEmpty();
        assertThat(standard.clauses()).containsExactly(new ImportedClause(0, SECTION, "One", "text"));
    }

    @Test
    void parse_withLevelOneHeadingNotFirst_hasNoTitle() {
        ImportedStandard standard = MarkdownImport.parse("## Preface\n\n# Main\n\n## Detail\n");

        assertThat(standard.title()).isNull();
        assertThat(standard.clauses()).extracting(ImportedClause::heading).containsExactly("Preface", "Main", "Detail");
    }

    @Test
    void parse_deeperHeadingWithNothingAbove_staysAtTheTopLevel() {
        ImportedStandard standard = MarkdownImport.parse("## Preface\n\n# Main\n\n## Detail\n");

        assertThat(standard.clauses()).extracting(ImportedClause::depth).containsExactly(0, 0, 1);
    }

    @Test
    void parse_withOnlyATitle_hasNoClauses() {
        ImportedStandard standard = MarkdownImport.parse("# Title\n\nThe scope.");

        assertThat(standard.title()).isEqualTo("Title");
        assertThat(standard.scope()).isEqualTo("The scope.");
        assertThat(standard.clauses()).isEmpty();
    }

    @Test
    void parse_withSetextHeadings_readsThem() {
        ImportedStandard standard = MarkdownImport.parse("Title\n=====\n\nScope.\n\nFirst\n-----\n\nText one.\n");

        assertThat(standard.title()).isEqualTo("Title");
        assertThat(standard.scope()).isEqualTo("Scope.");
        assertThat(standard.clauses()).containsExactly(new ImportedClause(0, SECTION, "First", "Text one."));
    }

    @Test
    void parse_withTwoLevelOneHeadings_makesBothClauses() {
        ImportedStandard standard = MarkdownImport.parse("# One\n\n## One.a\n\n# Two\n");

        assertThat(standard.title()).isNull();
        assertThat(standard.clauses()).extracting(ImportedClause::heading).containsExactly("One", "One.a", "Two");
        assertThat(standard.clauses()).extracting(ImportedClause::depth).containsExactly(0, 1, 0);
    }

    @Test
    void parse_keepsTheMarkdownSourceNotARendering() {
        String text = "Use [the registry](https://example.org \"Registry\") and `code`.\n\n> quoted\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |";

        ImportedStandard standard = MarkdownImport.parse("## Clause\n\n" + text + "\n\n\n## Next\n");

        assertThat(standard.clauses().getFirst().text()).isEqualTo(text);
    }

    @Test
    void parse_keepsTheIndentationOfALeadingCodeBlock() {
        ImportedStandard standard = MarkdownImport.parse("## Clause\n\n\n    indented code\n    more\n\nAfter.\n");

        assertThat(standard.clauses().getFirst().text()).isEqualTo("    indented code\n    more\n\nAfter.");
    }

    @Test
    void parse_ignoresHashLinesInsideCodeBlocks() {
        String fenced = "```bash\n# not a heading\necho hi\n```\n\n~~~\n## neither\n~~~";

        ImportedStandard standard = MarkdownImport.parse("## Setup\n\n" + fenced + "\n\n## Next\n");

        assertThat(standard.clauses()).extracting(ImportedClause::heading).containsExactly("Setup", "Next");
        assertThat(standard.clauses().getFirst().text()).isEqualTo(fenced);
    }

    @Test
    void parse_ignoresHeadingsInsideQuotesAndLists() {
        ImportedStandard standard = MarkdownImport.parse("## One\n\n> # quoted\n\n- ## listed\n");

        assertThat(standard.clauses()).singleElement()
                .isEqualTo(new ImportedClause(0, SECTION, "One", "> # quoted\n\n- ## listed"));
    }

    @Test
    void parse_withWindowsLineEndings_givesUnixLineEndings() {
        ImportedStandard standard = MarkdownImport.parse("# T\r\n\r\nScope\r\n\r\n## A\r\n\r\nline 1\r\nline 2\r\n");

        assertThat(standard.scope()).isEqualTo("Scope");
        assertThat(standard.clauses()).containsExactly(new ImportedClause(0, SECTION, "A", "line 1\nline 2"));
    }

    @Test
    void parse_headingWithMarkup_givesItsPlainWords() {
        ImportedStandard standard = MarkdownImport.parse("## 3 *Open* `weights` and [code](https://x.org) ##\n");

        assertThat(standard.clauses().getFirst().heading()).isEqualTo("Open weights and code");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4.1 Openness of weights | Openness of weights",
            "4 Scope | Scope",
            "4. Scope | Scope",
            "12.3.4. Deep | Deep",
            "A.1 Terms | Terms",
            "B.2.3 Deeper terms | Deeper terms",
            "Scope | Scope",
            "4.1 | 4.1",
            "1.5 degrees of openness | degrees of openness",
            "Version 2 rules | Version 2 rules"})
    void parse_stripsALeadingClauseNumber(String heading, String expected) {
        assertThat(MarkdownImport.parse("## " + heading).clauses().getFirst().heading()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Annex A – Glossary | Glossary",
            "Annex A: Glossary | Glossary",
            "Annex A — Glossary | Glossary",
            "Annex B - Glossary | Glossary",
            "Annex C. Glossary | Glossary",
            "Annex D Glossary | Glossary",
            "ANNEX E (informative) Sources | (informative) Sources",
            "annex: Sources | Sources",
            "Annex AI safety | AI safety",
            "Annex A | Annex A"})
    void parse_annexHeading_isAnAnnexWithoutItsLetter(String heading, String expected) {
        ImportedClause clause = MarkdownImport.parse("## " + heading).clauses().getFirst();

        assertThat(clause.kind()).isEqualTo(ANNEX);
        assertThat(clause.heading()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Note | NOTE | ''",
            "NOTE 2 | NOTE | ''",
            "Note: on weights | NOTE | on weights",
            "note 3 – Sizes | NOTE | Sizes",
            "Example | EXAMPLE | ''",
            "EXAMPLE 1 A small model | EXAMPLE | A small model",
            "Notes on governance | CLAUSE | Notes on governance",
            "Examples of use | CLAUSE | Examples of use",
            "Annexation rules | CLAUSE | Annexation rules"})
    void parse_noteAndExampleHeadings_areRecognised(String heading, ClauseKind kind, String expected) {
        ImportedClause clause = MarkdownImport.parse("## Parent\n\n### " + heading + "\n\nBody").clauses().get(1);

        assertThat(clause.kind()).isEqualTo(kind);
        assertThat(clause.heading()).isEqualTo(expected);
        assertThat(clause.text()).isEqualTo("Body");
    }

    @Test
    void parse_depthIsRelativeToTheShallowestClauseHeading() {
        ImportedStandard standard = MarkdownImport.parse("### A\n\n#### B\n\n##### C\n\n### D\n");

        assertThat(standard.clauses()).extracting(ImportedClause::depth).containsExactly(0, 1, 2, 0);
        assertThat(standard.clauses()).extracting(ImportedClause::kind).containsExactly(SECTION, CLAUSE, CLAUSE,
                SECTION);
    }

    @Test
    void parse_skippedHeadingLevels_nestOneLevelDeeperOnly() {
        ImportedStandard standard = MarkdownImport.parse("## A\n\n#### B\n\n###### C\n\n### D\n\n#### E\n");

        assertThat(standard.clauses()).extracting(ImportedClause::depth).containsExactly(0, 1, 2, 1, 2);
    }

    @Test
    void parse_headingBelowANote_becomesASiblingOfTheNoteInstead() {
        ImportedStandard standard = MarkdownImport.parse("## A\n\n### B\n\n### Note\n\n#### C\n\n## D\n");

        assertThat(standard.clauses()).extracting(ImportedClause::depth, ImportedClause::kind)
                .containsExactly(tuple(0, SECTION),
                        tuple(1, CLAUSE),
                        tuple(1, NOTE),
                        tuple(1, CLAUSE),
                        tuple(0, SECTION));
    }

    @Test
    void parse_topLevelExample_staysAtDepthZero() {
        ImportedStandard standard = MarkdownImport.parse("## Example\n\nShown.\n\n## Scope\n");

        assertThat(standard.clauses()).extracting(ImportedClause::kind).containsExactly(EXAMPLE, SECTION);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Just text.", "```\n# code only\n```", "> # quoted only", "   \n\n"})
    void parse_withoutHeadings_isRejected(String markdown) {
        assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> MarkdownImport.parse(markdown))
                .withMessage("The file has no headings; each heading becomes a clause.")
                .satisfies(violation -> {
                    assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.INVALID);
                    assertThat(violation.field()).isEqualTo("markdown");
                });
    }
}
