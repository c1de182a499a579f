package org.accord.publishing.internal.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.SampleDocuments;
import org.accord.publishing.internal.document.StandardDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownDocumentTest {

    private final MarkdownDocument renderer = new MarkdownDocument();

    @Test
    void small_isWrittenInDraftingsFormat() {
        assertThat(render(SampleDocuments.small())).isEqualTo("""
                # TAWG 1 Functional definition of open-source AI

                _CD 2_

                Scope of Functional definition of open-source AI.

                ## 1 Scope

                This document defines *open-source AI* for the **working group**.

                It applies to:

                - model weights,
                - training code, and
                - documentation.

                **NOTE 1** Data is covered in [the annex](https://example.org/annex).

                ## 2 Terms and definitions

                ### 2.1 open-source AI system

                AI system made available under terms that grant the freedoms to use, study, modify and share it

                ### 2.2 weights

                learned parameters of a model

                ## 3 Requirements \\& \\<conformance\\>

                A system *shall* publish its `weights`.

                1. first
                2. second

                ### 3.1 Code

                > Quoted text with a <script>alert(1)</script> tag shown as text.

                ```
                code block
                  indented
                ```

                **EXAMPLE 1** A repository with a licence file.
                A second line.

                **EXAMPLE 2** Another example.

                ### 3.2 Ünïcödé — “quotes” and 中文

                Text with ümlauts.

                ## Annex A Training data (informative)

                Annex text.

                ### A.1 Provenance

                Where the data came from.

                **NOTE 1** A note in an annex.
                """);
    }

    @Test
    void generated_hasAHeadingForEveryClause_oneLevelBelowItsParent_andALabelForEveryNoteAndExample() {
        StandardDocument standard = SampleDocuments.generated(1000);
        String markdown = render(standard);

        List<String> headings = new ArrayList<>(List.of("# TAWG 9 Generated standard of 1000 clauses"));
        standard.clauses().forEach(clause -> collectHeadings(clause, 2, headings));
        long annotations = standard.inDocumentOrder().stream().filter(clause -> clause.kind().isAnnotation())
                .count();

        assertThat(markdown.lines().filter(line -> line.startsWith("#"))).containsExactlyElementsOf(headings);
        assertThat(markdown.lines().filter(line -> line.matches("\\*\\*(NOTE|EXAMPLE) \\d+\\*\\* .*")))
                .hasSize((int) annotations);
    }

    @Test
    void sameDocument_givesTheSameBytes() {
        StandardDocument standard = SampleDocuments.small();

        assertThat(renderer.render(standard)).isEqualTo(renderer.render(standard));
    }

    private String render(StandardDocument standard) {
        return new String(renderer.render(standard), StandardCharsets.UTF_8);
    }

    private static void collectHeadings(DocumentClause clause, int level, List<String> headings) {
        if (clause.kind().isAnnotation()) {
            return;
        }
        headings.add("#".repeat(Math.min(level, 6)) + " " + clause.number() + " " + clause.heading());
        clause.children().forEach(child -> collectHeadings(child, level + 1, headings));
    }
}
