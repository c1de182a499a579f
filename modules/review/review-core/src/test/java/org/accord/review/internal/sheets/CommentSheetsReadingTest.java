package org.accord.review.internal.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Files as people fill them in: the ISO template's own headers, columns reordered, added and left out. */
class CommentSheetsReadingTest {

    static final List<String> ISO_HEADERS_REORDERED = List.of("Comments", "Reviewer (internal)", "Type of comment²",
            "MB/NC¹", "Line number\n(e.g. 17)", "Clause/ Subclause\n(e.g. 3.1)", "Paragraph/ Figure/ Table/",
            "Proposed change", "Observations of the secretariat");

    @Test
    void xlsx_findsColumnsByHeaderText_belowTitleRows() throws IOException {
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Template");
            sheet.createRow(0).createCell(0).setCellValue("Template for comments and secretariat observations");
            sheet.createRow(1).createCell(0).setCellValue("Date: 2026-12-01");
            addRow(sheet.createRow(2), ISO_HEADERS_REORDERED);
            Row first = sheet.createRow(3);
            addRow(first, List.of("Clarify \"open\".", "Ana", "te", "US · Industry"));
            first.createCell(4).setCellValue(12);
            first.createCell(5).setCellValue(4.2);
            first.createCell(7).setCellFormula("1+1");
            first.getCell(7).setCellValue("Say \"openly licensed\"");
            addRow(sheet.createRow(5), List.of("", "only an internal note"));
            addRow(sheet.createRow(6), List.of("Typo", "", "ed", "EU", "", "Annex A", "Table A.1", "", "Accepted"));
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        List<SheetRow> read = CommentSheets.read(SheetFormat.XLSX, xlsx);

        assertThat(read).containsExactly(
                new SheetRow(4, "US · Industry", "12", "4.2", "", "te", "Clarify \"open\".", "Say \"openly licensed\"",
                        ""),
                new SheetRow(7, "EU", "", "Annex A", "Table A.1", "ed", "Typo", "", "Accepted"));
    }

    @Test
    void docx_readsTheFirstTableWithTheHeaders_countingMergedCellsAsTheColumnsTheySpan() throws IOException {
        byte[] docx;
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Template for comments and secretariat observations");
            XWPFTable details = document.createTable(1, 2);
            details.getRow(0).getCell(0).setText("Date: 2026-12-01");
            details.getRow(0).getCell(1).setText("Document: TAWG 1 CD 2");

            XWPFTable comments = document.createTable(4, ISO_HEADERS_REORDERED.size());
            XWPFTableRow project = comments.getRow(0);
            merge(project, ISO_HEADERS_REORDERED.size());
            project.getCell(0).setText("Project: TAWG 1");
            for (int column = 0; column < ISO_HEADERS_REORDERED.size(); column++) {
                addHeader(comments.getRow(1).getCell(column).getParagraphs().getFirst(),
                        ISO_HEADERS_REORDERED.get(column));
            }
            XWPFTableRow data = comments.getRow(3);
            merge(data, 2); // the comment runs on over the reviewer's column
            data.getCell(0).setText("First paragraph.");
            data.getCell(0).addParagraph().createRun().setText("Second paragraph.");
            data.getCell(1).setText(" te ");
            data.getCell(2).setText("EU · Academia");
            data.getCell(4).setText("5.1");
            document.write(out);
            docx = out.toByteArray();
        }

        List<SheetRow> read = CommentSheets.read(SheetFormat.DOCX, docx);

        assertThat(read).containsExactly(new SheetRow(4, "EU · Academia", "", "5.1", "", "te",
                "First paragraph.\nSecond paragraph.", "", ""));
    }

    @Test
    void csv_withSynonymsAndSemicolons_asEuropeanExcelWritesIt() throws IOException {
        var csv = new StringBuilder();
        try (var printer = new CSVPrinter(csv, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            printer.printRecord("Comments on TAWG 1 CD 2");
            printer.printRecord("Type", "Comment", "Clause", "MB/NC", "Observations", "Notes");
            printer.printRecord("ge", "Too long; shorten it", "general", "US", "", "x");
            printer.printRecord("", "", "", "", "", "");
            printer.printRecord("ed", "'=1+1 is not a formula", "2", "EU", "Noted", "");
        }

        List<SheetRow> read = CommentSheets.read(SheetFormat.CSV, csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(read).containsExactly(new SheetRow(3, "US", "", "general", "", "ge", "Too long; shorten it", "", ""),
                new SheetRow(5, "EU", "", "2", "", "ed", "=1+1 is not a formula", "", "Noted"));
    }

    /** Merges the row's first cells into one spanning as many columns. */
    private static void merge(XWPFTableRow row, int columns) {
        for (int merged = 1; merged < columns; merged++) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
    }

    /** Writes a footnote marker such as the ² in "Type of comment²" as Word does: a superscript digit. */
    private static void addHeader(XWPFParagraph paragraph, String header) {
        char last = header.charAt(header.length() - 1);
        if (Character.getType(last) != Character.OTHER_NUMBER) {
            paragraph.createRun().setText(header);
            return;
        }
        paragraph.createRun().setText(header.substring(0, header.length() - 1));
        XWPFRun marker = paragraph.createRun();
        marker.setSubscript(VerticalAlign.SUPERSCRIPT);
        marker.setText(Integer.toString(Character.getNumericValue(last)));
    }

    private static void addRow(Row row, List<String> cells) {
        for (int column = 0; column < cells.size(); column++) {
            row.createCell(column).setCellValue(cells.get(column));
        }
    }
}
