package org.accord.publishing.internal.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.publishing.internal.document.ClauseKind;
import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.StandardDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A version as a Word document: a title page, a table of contents Word fills in on opening, the body and then the
 * annexes, each on a new page. Headings carry Accord's numbers as text rather than Word's automatic numbering, so the
 * numbers in the file are always the ones the version was frozen with, whatever Word would count.
 */
@ApplicationScoped
public class WordDocument implements Renderer {

    private static final String TABLE_OF_CONTENTS = "TOC \\o \"1-3\" \\h \\z \\u";

    // A4 in twentieths of a point, with 2 cm margins.
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final String CREATOR = "Accord";

    @Override
    public ExportFormat format() {
        return ExportFormat.DOCX;
    }

    @Override
    public byte[] render(StandardDocument standard) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            WordStyles.defineIn(document);
            WordMarkdown markdown = new WordMarkdown(document);
            writeTitlePage(document, markdown, standard);
            writeContents(document);
            standard.body().forEach(clause -> writeClause(document, markdown, clause, 1));
            standard.annexes().forEach(annex -> writeClause(document, markdown, annex, 1));
            setUpPages(document, standard);
            describe(document.getProperties(), standard);
            document.enforceUpdateFields();
            document.write(out);
            return StableZip.withEntryTimes(out.toByteArray(), standard.frozenAt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTitlePage(XWPFDocument document, WordMarkdown markdown, StandardDocument standard) {
        addParagraph(document, WordStyles.SUBTITLE, standard.reference());
        addParagraph(document, WordStyles.TITLE, standard.title());
        addParagraph(document, WordStyles.TITLE_DETAIL, "Stage: " + standard.stageName());
        addParagraph(document, WordStyles.TITLE_DETAIL, "Version: " + standard.versionLabel());
        addParagraph(document, WordStyles.TITLE_DETAIL,
                "Date: " + standard.frozenAt().atOffset(ZoneOffset.UTC).toLocalDate());
        if (!standard.scope().isBlank()) {
            markdown.write(standard.scope(), WordStyles.NORMAL, null);
        }
    }

    private static void writeContents(XWPFDocument document) {
        addParagraph(document, WordStyles.TOC_HEADING, "Contents").setPageBreak(true);
        WordFields.append(document.createParagraph(), TABLE_OF_CONTENTS,
                "The table of contents appears when Word updates the fields of the document.");
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void writeClause(XWPFDocument document, WordMarkdown markdown, DocumentClause clause, int level) {
        switch (clause.kind()) {
            case NOTE -> markdown.write(clause.text(), WordStyles.NOTE, label(clause));
            case EXAMPLE -> markdown.write(clause.text(), WordStyles.EXAMPLE, label(clause));
            case TERM -> {
                XWPFParagraph term = document.createParagraph();
                term.setStyle(WordStyles.TERM);
                term.createRun().setText(clause.number());
                XWPFRun words = term.createRun();
                words.addBreak();
                words.setText(clause.heading());
                markdown.write(clause.text(), WordStyles.NORMAL, null);
            }
            default -> {
                XWPFParagraph heading = addParagraph(document, WordStyles.heading(level), label(clause));
                if (clause.kind() == ClauseKind.ANNEX) {
                    heading.setPageBreak(true);
                }
                markdown.write(clause.text(), WordStyles.NORMAL, null);
            }
        }
        clause.children().forEach(child -> writeClause(document, markdown, child, level + 1));
    }

    /** "4.1 Heading", "Annex A Heading", "NOTE 1": the number exactly as Accord shows it, then any heading. */
    private static String label(DocumentClause clause) {
        return clause.heading().isBlank() ? clause.number() : clause.number() + " " + clause.heading().strip();
    }

    private static XWPFParagraph addParagraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static void setUpPages(XWPFDocument document, StandardDocument standard) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(MARGIN / 2));
        margins.setFooter(BigInteger.valueOf(MARGIN / 2));
        margins.setGutter(BigInteger.ZERO);

        XWPFParagraph header = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.setStyle(WordStyles.HEADER);
        header.createRun().setText(
                standard.reference() + " \u2014 " + standard.stageName() + " \u2014 " + standard.versionLabel());
        XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setStyle(WordStyles.FOOTER);
        footer.createRun().setText("Page ");
        WordFields.append(footer, "PAGE", "1");
        footer.createRun().setText(" of ");
        WordFields.append(footer, "NUMPAGES", "1");
    }

    private static void describe(POIXMLProperties properties, StandardDocument standard) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(standard.title());
        core.setSubjectProperty(standard.designation());
        core.setCreator(CREATOR);
        core.setLastModifiedByUser(CREATOR);
        Optional<Date> frozen = Optional.of(Date.from(standard.frozenAt()));
        core.setCreated(frozen);
        core.setModified(frozen);
        properties.getExtendedProperties().getUnderlyingProperties().setApplication(CREATOR);
    }
}
