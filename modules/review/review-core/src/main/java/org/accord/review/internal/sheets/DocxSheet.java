package org.accord.review.internal.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** The template as a Word document: a title, a subtitle and the comments' table on landscape A4. */
final class DocxSheet {

    // Sizes in twentieths of a point.
    private static final int PAGE_LONG_SIDE = 16838;
    private static final int PAGE_SHORT_SIDE = 11906;
    private static final int MARGIN = 851;
    private static final int TEXT_WIDTH = PAGE_LONG_SIDE - 2 * MARGIN;

    private static final String FONT = "Arial";
    private static final int TABLE_FONT_POINTS = 9;
    private static final String HEADER_SHADING = "D9D9D9";
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private DocxSheet() {
    }

    static byte[] write(SheetHeading heading, List<SheetRow> rows) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            setDefaultFont(document);
            addParagraph(document, heading.title(), 16, true);
            addParagraph(document, heading.subtitle(), 11, false);

            XWPFTable table = document.createTable(rows.size() + 1, TemplateColumn.values().length);
            fitToPage(table);
            fillHeaderRow(table.getRow(0));
            for (int index = 0; index < rows.size(); index++) {
                fillCommentRow(table.getRow(index + 1), rows.get(index));
            }
            turnLandscape(document);

            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SheetRow> read(byte[] content) {
        OPCPackage pkg = OfficePackage.open(content, SheetFormat.DOCX);
        try {
            var document = new XWPFDocument(pkg);
            return document.getTables().stream().map(table -> TemplateTable.commentsIn(rowsOf(table)))
                    .flatMap(Optional::stream).findFirst().orElseThrow(TemplateTable::noHeaderRow);
        } catch (IOException | POIXMLException e) {
            throw FileRefusal.damaged(SheetFormat.DOCX, e);
        } finally {
            pkg.revert();
        }
    }

    private static List<SourceRow> rowsOf(XWPFTable table) {
        List<SourceRow> rows = new ArrayList<>(table.getNumberOfRows());
        for (int index = 0; index < table.getNumberOfRows(); index++) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : table.getRow(index).getTableCells()) {
                cells.add(textOf(cell));
                // A cell merged across columns stands for all of them, so the columns after it keep their positions.
                for (int spanned = 1; spanned < columnsSpanned(cell); spanned++) {
                    cells.add("");
                }
            }
            rows.add(new SourceRow(index + 1, cells));
        }
        return rows;
    }

    private static String textOf(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static int columnsSpanned(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        CTDecimalNumber span = properties == null ? null : properties.getGridSpan();
        return span == null ? 1 : span.getVal().intValue();
    }

    /** The table's font as the document's default: formatting each of thousands of runs doubles the time to write. */
    private static void setDefaultFont(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(TABLE_FONT_POINTS * 2));
        document.createStyles().setStyles(styles);
    }

    private static void addParagraph(XWPFDocument document, String text, int points, boolean bold) {
        XWPFRun run = document.createParagraph().createRun();
        if (bold) {
            run.setBold(true);
        }
        run.setFontSize(points);
        run.setText(text);
    }

    private static void fillHeaderRow(XWPFTableRow header) {
        header.setRepeatHeader(true);
        for (TemplateColumn column : TemplateColumn.values()) {
            XWPFTableCell cell = header.getCell(column.ordinal());
            cell.setColor(HEADER_SHADING);
            cell.setWidth(Integer.toString(widthOf(column)));
            fill(cell, column.header(), true);
        }
    }

    private static void fillCommentRow(XWPFTableRow row, SheetRow comment) {
        for (TemplateColumn column : TemplateColumn.values()) {
            fill(row.getCell(column.ordinal()), column.valueOf(comment), false);
        }
    }

    /** Writes each line of the text as a paragraph of its own, as a person pressing Enter in Word would. */
    private static void fill(XWPFTableCell cell, String text, boolean bold) {
        String[] lines = LINE_BREAK.split(text, -1);
        for (int index = 0; index < lines.length; index++) {
            XWPFParagraph paragraph = index == 0 ? cell.getParagraphs().getFirst() : cell.addParagraph();
            if (!lines[index].isEmpty()) {
                XWPFRun run = paragraph.createRun();
                if (bold) {
                    run.setBold(true);
                }
                run.setText(lines[index]);
            }
        }
    }

    private static void fitToPage(XWPFTable table) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setWidth(Integer.toString(TEXT_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (TemplateColumn column : TemplateColumn.values()) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widthOf(column)));
        }
    }

    private static int widthOf(TemplateColumn column) {
        return TEXT_WIDTH * column.widthShare() / 100;
    }

    private static void turnLandscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(PAGE_LONG_SIDE));
        size.setH(BigInteger.valueOf(PAGE_SHORT_SIDE));
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(MARGIN / 2));
        margins.setFooter(BigInteger.valueOf(MARGIN / 2));
        margins.setGutter(BigInteger.ZERO);
    }

}
