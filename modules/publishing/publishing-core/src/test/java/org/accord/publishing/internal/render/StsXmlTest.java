package org.accord.publishing.internal.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.accord.publishing.internal.document.ClauseKind;
import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.SampleDocuments;
import org.accord.publishing.internal.document.StandardDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class StsXmlTest {

    private static final XmlSchemas SCHEMAS = new XmlSchemas();
    private final StsXml sts = new StsXml(SCHEMAS);

    @Test
    void the_small_and_a_large_document_are_valid_sts() {
        for (StandardDocument document : new StandardDocument[]{SampleDocuments.small(),
                SampleDocuments.generated(1000)}) {
            byte[] xml = sts.render(document);
            assertThatCode(() -> SCHEMAS.validate(ExportFormat.STS, xml)).doesNotThrowAnyException();
        }
    }

    @Test
    void every_clause_is_an_element_with_its_anchor_number_heading_and_text() {
        StandardDocument document = SampleDocuments.generated(300);
        ParsedXml xml = new ParsedXml(sts.render(document));

        for (DocumentClause clause : document.inDocumentOrder()) {
            String element = "//*[@id='" + clause.anchor() + "']";
            assertThat(xml.text("local-name(" + element + ")")).as(clause.number()).isEqualTo(elementFor(clause));
            assertThat(xml.text(element + "/label")).isEqualTo(clause.number());
            String heading = clause.kind() == ClauseKind.TERM ? "/tbx:termEntry//tbx:term" : "/title";
            assertThat(xml.text(element + heading)).isEqualTo(clause.heading());
            String words = xml.words(element);
            assertThat(ParsedXml.wordsOf(clause.text())).allSatisfy(run -> assertThat(words).contains(run));
        }
    }

    @Test
    void notes_examples_terms_and_annexes_go_where_sts_puts_them() {
        StandardDocument document = SampleDocuments.small();
        ParsedXml xml = new ParsedXml(sts.render(document));
        DocumentClause scope = document.clauses().get(0);
        DocumentClause terms = document.clauses().get(1);
        DocumentClause code = document.clauses().get(2).children().get(0);
        DocumentClause annex = document.annexes().get(0);

        assertThat(xml.text("/standard/body/sec[@id='" + scope.anchor() + "']/non-normative-note/@id"))
                .isEqualTo(scope.children().get(0).anchor());
        assertThat(xml.texts("//sec[@id='" + code.anchor() + "']/non-normative-example/label"))
                .containsExactly("EXAMPLE 1", "EXAMPLE 2");
        String term = "/standard/body/sec[@id='" + terms.anchor() + "']/term-sec[@id='"
                + terms.children().get(0).anchor() + "']";
        assertThat(xml.text(term + "/tbx:termEntry/tbx:langSet[@xml:lang='en']/tbx:tig/tbx:term"))
                .isEqualTo("open-source AI system");
        assertThat(xml.text(term + "/tbx:termEntry/tbx:langSet/tbx:definition")).startsWith("AI system made available");
        assertThat(xml.text("/standard/back/app-group/app[@id='" + annex.anchor() + "']/label")).isEqualTo("Annex A");
        assertThat(xml.text("/standard/back/app-group/app/sec/non-normative-note/p"))
                .isEqualTo("A note in an annex.");
        // A clause's notes come after its own text and before its subclauses.
        assertThat(xml.text("local-name(//sec[@id='" + scope.anchor() + "']/*[last()])"))
                .isEqualTo("non-normative-note");
    }

    @Test
    void markdown_becomes_sts_inline_and_block_elements() {
        ParsedXml xml = new ParsedXml(sts.render(SampleDocuments.small()));

        assertThat(xml.text("//sec[label='1']/p[1]/italic")).isEqualTo("open-source AI");
        assertThat(xml.text("//sec[label='1']/p[1]/bold")).isEqualTo("working group");
        assertThat(xml.texts("//sec[label='1']/list[@list-type='bullet']/list-item/p")).containsExactly(
                "model weights,",
                "training code, and", "documentation.");
        assertThat(xml.texts("//sec[label='3']/list[@list-type='order']/list-item/p")).containsExactly("first",
                "second");
        assertThat(xml.text("//sec[label='3']/p/monospace")).isEqualTo("weights");
        assertThat(xml.text("//non-normative-note/p/ext-link/@xlink:href")).isEqualTo("https://example.org/annex");
        assertThat(xml.text("//sec[label='3.1']/preformat")).isEqualTo("code block\n  indented");
        assertThat(xml.text("//non-normative-example[label='EXAMPLE 1']/p"))
                .isEqualTo("A repository with a licence file. A second line.");
        assertThat(xml.text("//sec[label='3.2']/title")).isEqualTo("Ünïcödé — “quotes” and 中文");
    }

    @Test
    void raw_html_in_the_text_is_text_never_markup() {
        byte[] rendered = sts.render(SampleDocuments.small());
        ParsedXml xml = new ParsedXml(rendered);

        assertThat(xml.count("//*[local-name()='script']")).isZero();
        assertThat(xml.text("//sec[label='3.1']/disp-quote/p"))
                .isEqualTo("Quoted text with a <script>alert(1)</script> tag shown as text.");
        assertThat(new String(rendered, StandardCharsets.UTF_8))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(xml.text("//sec[label='3']/title")).isEqualTo("Requirements & <conformance>");
    }

    @Test
    void the_front_matter_names_the_version() {
        StandardDocument document = SampleDocuments.small();
        ParsedXml xml = new ParsedXml(sts.render(document));
        String meta = "/standard[@dtd-version='1.0']/front/std-meta";

        assertThat(xml.text(meta + "/title-wrap/full")).isEqualTo("Functional definition of open-source AI");
        assertThat(xml.text(meta + "/std-ident/doc-number")).isEqualTo("TAWG 1");
        assertThat(xml.text(meta + "/std-ident/version")).isEqualTo("CD 2");
        assertThat(xml.text(meta + "/std-ref[@type='dated']")).isEqualTo("TAWG 1 CD 2");
        assertThat(xml.text(meta + "/std-ref[@type='undated']")).isEqualTo("TAWG 1");
        assertThat(xml.text(meta + "/release-version")).isEqualTo("Consensus draft");
        assertThat(xml.text(meta + "/release-date/@iso-8601-date")).isEqualTo("2026-11-02");
        assertThat(xml.text(meta + "/custom-meta-group/custom-meta[meta-name='content-hash-sha256']/meta-value"))
                .isEqualTo(document.contentHash());
        assertThat(xml.text(meta + "/custom-meta-group/custom-meta[meta-name='version-id']/meta-value"))
                .isEqualTo(document.versionId().toString());
    }

    @Test
    void characters_xml_cannot_carry_are_left_out_and_the_export_stays_valid() {
        StandardDocument small = SampleDocuments.small();
        DocumentClause odd = new DocumentClause(UUID.randomUUID(), "4", ClauseKind.CLAUSE, "Bell\u0007",
                "Form\ffeed and >\n\n- \n\n---\n\n>", List.of());
        StandardDocument document = new StandardDocument(small.standardId(), small.reference(), small.title(),
                small.scope(), small.stage(), small.versionId(), small.versionLabel(), small.contentHash(),
                small.frozenAt(), List.of(odd));

        ParsedXml xml = new ParsedXml(sts.render(document));

        assertThat(xml.text("//sec[@id='" + odd.anchor() + "']/title")).isEqualTo("Bell");
        assertThat(xml.text("//sec[@id='" + odd.anchor() + "']/p")).isEqualTo("Formfeed and >");
        assertThat(new ParsedXml(new AkomaNtosoXml(SCHEMAS).render(document)).text("//*[@eId='sec_" + odd.anchor()
                + "']/*[local-name()='heading']")).isEqualTo("Bell");
    }

    @Test
    void the_same_document_gives_the_same_bytes() {
        StandardDocument document = SampleDocuments.generated(200);

        assertThat(sts.render(document)).isEqualTo(new StsXml(SCHEMAS).render(document));
    }

    private static String elementFor(DocumentClause clause) {
        return switch (clause.kind()) {
            case SECTION, CLAUSE -> "sec";
            case NOTE -> "non-normative-note";
            case EXAMPLE -> "non-normative-example";
            case TERM -> "term-sec";
            case ANNEX -> "app";
        };
    }
}
