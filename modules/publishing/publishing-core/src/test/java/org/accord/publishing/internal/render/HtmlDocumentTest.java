package org.accord.publishing.internal.render;

import java.nio.charset.StandardCharsets;

import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.SampleDocuments;
import org.accord.publishing.internal.document.StandardDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlDocumentTest {

    private final HtmlDocument renderer = new HtmlDocument();
    private final StandardDocument document = SampleDocuments.small();
    private final String html = new String(renderer.render(document), StandardCharsets.UTF_8);

    @Test
    void is_a_standalone_english_utf8_page_without_scripts() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                .contains("<meta charset=\"UTF-8\"/>")
                .contains("@media print").doesNotContain("<script").doesNotContain("<link")
                .doesNotContain("<bookmarks>");
    }

    @Test
    void has_a_title_block() {
        assertThat(html).contains("<h1>Functional definition of open-source AI</h1>").contains("TAWG 1 CD 2")
                .contains("Consensus draft").contains("2026-11-02").contains(document.contentHash());
    }

    @Test
    void shows_every_clause_under_its_anchor_and_links_the_contents_to_it() {
        for (DocumentClause clause : document.inDocumentOrder()) {
            assertThat(html).contains("id=\"" + clause.anchor() + "\"").contains(clause.number());
            if (!clause.kind().isAnnotation()) {
                assertThat(html).contains(escaped(clause.heading()));
            }
        }
        document.clauses().forEach(clause -> assertThat(html).contains("href=\"#" + clause.anchor() + "\""));
    }

    @Test
    void heads_clauses_by_depth_and_marks_notes_examples_and_terms() {
        assertThat(html).contains("<h2><span class=\"number\">1</span> Scope</h2>")
                .contains("<h3><span class=\"number\">3.1</span> Code</h3>").contains("<section class=\"note\"")
                .contains("<section class=\"example\"").contains("<dt>open-source AI system</dt>");
    }

    @Test
    void puts_annexes_after_the_body() {
        assertThat(html.indexOf("Training data (informative)")).isGreaterThan(html.indexOf("Ünïcödé"));
        assertThat(html).contains("<div class=\"annexes\">");
    }

    @Test
    void shows_markup_in_the_text_as_text() {
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Requirements &amp; &lt;conformance&gt;").contains("<em>open-source AI</em>")
                .contains("中文");
    }

    @Test
    void renders_the_same_bytes_every_time() {
        assertThat(renderer.render(document)).isEqualTo(renderer.render(document));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
