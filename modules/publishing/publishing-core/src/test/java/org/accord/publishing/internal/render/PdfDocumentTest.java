package org.accord.publishing.internal.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.accord.publishing.internal.document.ClauseKind;
import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.SampleDocuments;
import org.accord.publishing.internal.document.StandardDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentTest {

    private static final PdfDocument RENDERER = new PdfDocument(new StubSts());
    private static final StandardDocument SMALL = SampleDocuments.small();
    private static final StandardDocument LARGE = SampleDocuments.generated(1000);
    private static byte[] small;
    private static byte[] large;

    @BeforeAll
    static void render() {
        small = RENDERER.render(SMALL);
        large = RENDERER.render(LARGE);
    }

    @Test
    void small_document_is_pdf_a_3a() throws Exception {
        assertThat(VeraPdf.failedChecks(small, PDFAFlavour.PDFA_3_A)).as("failed PDF/A-3a checks").isEmpty();
    }

    @Test
    void small_document_is_pdf_ua_1() throws Exception {
        assertThat(VeraPdf.failedChecks(small, PDFAFlavour.PDFUA_1)).as("failed PDF/UA-1 checks").isEmpty();
    }

    @Test
    void large_document_is_pdf_a_3a() throws Exception {
        assertThat(VeraPdf.failedChecks(large, PDFAFlavour.PDFA_3_A)).as("failed PDF/A-3a checks").isEmpty();
    }

    @Test
    void large_document_is_pdf_ua_1() throws Exception {
        assertThat(VeraPdf.failedChecks(large, PDFAFlavour.PDFUA_1)).as("failed PDF/UA-1 checks").isEmpty();
    }

    @Test
    void has_every_clause_number_and_heading_in_its_text() throws IOException {
        String text = textOf(small);
        for (DocumentClause clause : SMALL.inDocumentOrder()) {
            assertThat(text).contains(clause.number()).contains(clause.heading());
        }
        assertThat(text).contains("<script>alert(1)</script>").contains("中文");
    }

    @Test
    void has_a_title_page_contents_with_page_numbers_and_page_footers() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(small)) {
            int pages = pdf.getNumberOfPages();
            String titlePage = pageText(pdf, 1);
            String contents = pageText(pdf, 2);
            assertThat(titlePage).contains("Functional definition of open-source AI").contains("Page 1 of " + pages);
            assertThat(contents).contains("Contents").containsPattern("1 Scope\\W*\\d+")
                    .containsPattern("Annex A Training data \\(informative\\)\\W*\\d+")
                    .contains("TAWG 1 · Consensus draft · CD 2").contains("Page 2 of " + pages);
        }
    }

    @Test
    void has_bookmarks_for_the_clauses() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(small)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                item.children().forEach(child -> titles.add(child.getTitle()));
            }
            assertThat(titles).contains("1 Scope", "3 Requirements & <conformance>", "3.1 Code",
                    "Annex A Training data (informative)", "A.1 Provenance");
            assertThat(titles).noneMatch(title -> title.startsWith("NOTE") || title.startsWith("EXAMPLE"));
        }
    }

    @Test
    void embeds_the_sts_xml_as_its_source() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(small)) {
            COSArray associated = pdf.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
            assertThat(associated).hasSize(1);
            COSDictionary fromCatalog = (COSDictionary) associated.getObject(0);
            assertThat(fromCatalog.getCOSName(COSName.AF_RELATIONSHIP)).isEqualTo(COSName.getPDFName("Source"));

            PDComplexFileSpecification named = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("TAWG-1-CD-2.sts.xml");
            assertThat(named.getCOSObject()).isSameAs(fromCatalog);
            assertThat(named.getFileUnicode()).isEqualTo("TAWG-1-CD-2.sts.xml");
            PDEmbeddedFile file = named.getEmbeddedFileUnicode();
            byte[] expected = new StubSts().render(SMALL);
            assertThat(file.getSubtype()).isEqualTo("application/xml");
            assertThat(file.getSize()).isEqualTo(expected.length);
            assertThat(file.getModDate().toInstant()).isEqualTo(SMALL.frozenAt());
            assertThat(file.getCOSObject().getCOSDictionary(COSName.PARAMS).getItem(COSName.CHECK_SUM)).isNotNull();
            assertThat(file.toByteArray()).isEqualTo(expected);
        }
    }

    @Test
    void carries_the_version_as_metadata() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(small)) {
            var information = pdf.getDocumentInformation();
            assertThat(information.getTitle()).isEqualTo("TAWG 1 CD 2 – Functional definition of open-source AI");
            assertThat(information.getAuthor()).isEqualTo("Accord");
            assertThat(information.getSubject()).isEqualTo("TAWG 1 CD 2, Consensus draft");
            assertThat(information.getCreationDate().toInstant()).isEqualTo(SMALL.frozenAt());
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8"))
                    .contains("<pdfaid:part>3</pdfaid:part>").contains("<pdfuaid:part>1</pdfuaid:part>");
        }
    }

    @Test
    void renders_the_same_bytes_every_time() {
        assertThat(RENDERER.render(SMALL)).isEqualTo(small);
    }

    @Test
    void large_document_has_every_top_level_clause() throws IOException {
        String text = textOf(large);
        LARGE.clauses().stream().filter(clause -> clause.kind() != ClauseKind.NOTE)
                .forEach(clause -> assertThat(text).contains(clause.number() + " " + clause.heading()));
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
