package org.accord.publishing.internal.render;

import java.nio.charset.StandardCharsets;

import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.SampleDocuments;
import org.accord.publishing.internal.document.StandardDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class AkomaNtosoXmlTest {

    private static final XmlSchemas SCHEMAS = new XmlSchemas();
    private final AkomaNtosoXml akn = new AkomaNtosoXml(SCHEMAS);

    @Test
    void the_small_and_a_large_document_are_valid_akoma_ntoso() {
        for (StandardDocument document : new StandardDocument[]{SampleDocuments.small(),
                SampleDocuments.generated(1000)}) {
            byte[] xml = akn.render(document);
            assertThatCode(() -> SCHEMAS.validate(ExportFormat.AKOMA_NTOSO, xml)).doesNotThrowAnyException();
        }
    }

    @Test
    void every_clause_is_an_element_whose_eid_holds_its_anchor_with_its_number_heading_and_text() {
        StandardDocument document = SampleDocuments.generated(300);
        ParsedXml xml = new ParsedXml(akn.render(document));

        for (DocumentClause clause : document.inDocumentOrder()) {
            String eId = prefixFor(clause) + "_" + clause.anchor();
            String element = "//akn:*[@eId='" + eId + "']";
            assertThat(xml.count(element)).as(eId).isEqualTo(1);
            assertThat(xml.text("local-name(" + element + ")")).isEqualTo(elementFor(clause));
            assertThat(xml.text(element + "/akn:num")).isEqualTo(clause.number());
            assertThat(xml.text(element + "/akn:heading")).isEqualTo(clause.heading());
            String words = xml.words(element);
            assertThat(ParsedXml.wordsOf(clause.text())).allSatisfy(run -> assertThat(words).contains(run));
        }
    }

    @Test
    void notes_examples_terms_and_annexes_go_where_akoma_ntoso_puts_them() {
        StandardDocument document = SampleDocuments.small();
        ParsedXml xml = new ParsedXml(akn.render(document));
        DocumentClause scope = document.clauses().get(0);
        DocumentClause term = document.clauses().get(1).children().get(0);
        DocumentClause annex = document.annexes().get(0);
        String body = "/akn:akomaNtoso/akn:doc[@name='standard']/akn:mainBody";

        String scopeSection = body + "/akn:section[@eId='sec_" + scope.anchor() + "']";
        assertThat(xml.text(scopeSection + "/akn:hcontainer[@name='note']/@eId"))
                .isEqualTo("hcontainer_" + scope.children().get(0).anchor());
        assertThat(xml.texts("//akn:hcontainer[@name='example']/akn:num")).containsExactly("EXAMPLE 1", "EXAMPLE 2");
        assertThat(xml.text(scopeSection + "/akn:intro/akn:p[1]")).startsWith("This document defines");

        String termSection = body + "/akn:section/akn:section[@eId='sec_" + term.anchor() + "']";
        assertThat(xml.text(termSection + "/akn:heading/akn:def")).isEqualTo("open-source AI system");
        assertThat(xml.text(termSection + "/akn:heading/akn:def/@refersTo")).isEqualTo("#term_" + term.anchor());
        assertThat(xml.text("//akn:references/akn:TLCTerm[@eId='term_" + term.anchor() + "']/@showAs"))
                .isEqualTo("open-source AI system");
        assertThat(xml.text(termSection + "/akn:content/akn:p")).startsWith("AI system made available");

        String attachment = "/akn:akomaNtoso/akn:doc/akn:attachments/akn:attachment[@eId='att_" + annex.anchor()
                + "']";
        assertThat(xml.text(attachment + "/akn:num")).isEqualTo("Annex A");
        assertThat(xml.text(attachment + "/akn:doc[@name='annex']/akn:mainBody/akn:p")).isEqualTo("Annex text.");
        assertThat(xml.text(attachment + "/akn:doc/akn:mainBody/akn:section/akn:hcontainer[@name='note']/akn:content"))
                .isEqualTo("A note in an annex.");
    }

    @Test
    void markdown_becomes_akoma_ntoso_inline_and_block_elements() {
        ParsedXml xml = new ParsedXml(akn.render(SampleDocuments.small()));

        assertThat(xml.text("//akn:section[akn:num='1']/akn:intro/akn:p[1]/akn:i")).isEqualTo("open-source AI");
        assertThat(xml.text("//akn:section[akn:num='1']/akn:intro/akn:p[1]/akn:b")).isEqualTo("working group");
        assertThat(xml.texts("//akn:section[akn:num='1']/akn:intro/akn:ul/akn:li")).containsExactly("model weights,",
                "training code, and", "documentation.");
        assertThat(xml.texts("//akn:section[akn:num='3']/akn:intro/akn:ol/akn:li")).containsExactly("first", "second");
        assertThat(xml.text("//akn:section[akn:num='3']/akn:intro/akn:p/akn:inline[@name='code']"))
                .isEqualTo("weights");
        assertThat(xml.text("//akn:hcontainer[@name='note']//akn:a/@href")).isEqualTo("https://example.org/annex");
        assertThat(xml.text("//akn:section[akn:num='3.1']//akn:p[@class='code']")).isEqualTo("code block\n  indented");
        assertThat(xml.text("//akn:section[akn:num='3.1']//akn:blockContainer[@class='quote']/akn:p"))
                .isEqualTo("Quoted text with a <script>alert(1)</script> tag shown as text.");
    }

    @Test
    void raw_html_in_the_text_is_text_never_markup() {
        byte[] rendered = akn.render(SampleDocuments.small());

        assertThat(new ParsedXml(rendered).count("//*[local-name()='script']")).isZero();
        assertThat(new String(rendered, StandardCharsets.UTF_8)).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void the_identification_follows_the_frbr_scheme() {
        StandardDocument document = SampleDocuments.small();
        ParsedXml xml = new ParsedXml(akn.render(document));
        String identification = "/akn:akomaNtoso/akn:doc/akn:meta/akn:identification[@source='#accord']";
        String expression = "/akn/int/standard/accord/tawg-1/eng@2026-11-02;cd-2";

        assertThat(xml.text(identification + "/akn:FRBRWork/akn:FRBRuri/@value"))
                .isEqualTo("/akn/int/standard/accord/tawg-1");
        assertThat(xml.text(identification + "/akn:FRBRWork/akn:FRBRthis/@value"))
                .isEqualTo("/akn/int/standard/accord/tawg-1/!main");
        assertThat(xml.text(identification + "/akn:FRBRExpression/akn:FRBRuri/@value")).isEqualTo(expression);
        assertThat(xml.text(identification + "/akn:FRBRExpression/akn:FRBRlanguage/@language")).isEqualTo("eng");
        assertThat(xml.text(identification + "/akn:FRBRExpression/akn:FRBRalias[@name='contentHash']/@value"))
                .isEqualTo("sha256:" + document.contentHash());
        assertThat(xml.text(identification + "/akn:FRBRManifestation/akn:FRBRthis/@value"))
                .isEqualTo(expression + "/!main.xml");
        assertThat(xml.text("//akn:references/akn:TLCOrganization[@eId='accord']/@showAs")).isEqualTo("Accord");
        assertThat(xml.text("//akn:preface//akn:docTitle")).isEqualTo(document.title());
        assertThat(xml.text("//akn:preface//akn:docNumber")).isEqualTo("TAWG 1");
        assertThat(xml.text("//akn:preface//akn:docStage")).isEqualTo("Consensus draft");
        DocumentClause annex = document.annexes().get(0);
        assertThat(
                xml.text("//akn:attachment/akn:doc/akn:meta/akn:identification/akn:FRBRExpression/akn:FRBRthis/@value"))
                .isEqualTo(expression + "/!att_" + annex.anchor());
    }

    @Test
    void the_same_document_gives_the_same_bytes() {
        StandardDocument document = SampleDocuments.generated(200);

        assertThat(akn.render(document)).isEqualTo(new AkomaNtosoXml(SCHEMAS).render(document));
    }

    private static String prefixFor(DocumentClause clause) {
        return switch (clause.kind()) {
            case SECTION, CLAUSE, TERM -> "sec";
            case NOTE, EXAMPLE -> "hcontainer";
            case ANNEX -> "att";
        };
    }

    private static String elementFor(DocumentClause clause) {
        return switch (clause.kind()) {
            case SECTION, CLAUSE, TERM -> "section";
            case NOTE, EXAMPLE -> "hcontainer";
            case ANNEX -> "attachment";
        };
    }
}
