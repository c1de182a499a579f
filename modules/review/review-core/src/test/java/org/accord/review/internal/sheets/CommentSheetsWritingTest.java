package org.accord.review.internal.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import static org.accord.review.internal.sheets.CommentSheetsRoundTripTest.AWKWARD_ROWS;
import static org.accord.review.internal.sheets.CommentSheetsRoundTripTest.HEADING;
import static org.assertj.core.api.Assertions.assertThat;

class CommentSheetsWritingTest {

    static final List<String> HEADERS = List.of("MB/NC", "Line number", "Clause/Subclause",
            "Paragraph/Figure/Table/Note", "Type of comment", "Comments", "Proposed change",
            "Observations of the secretariat");

    @Test
    void xlsx_hasTheHeadingAboveTheHeaderRow_frozenBelowIt() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(write(SheetFormat.XLSX)))) {
            XSSFSheet sheet = workbook.getSheet("Comments");

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(HEADING.title());
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(HEADING.subtitle());
            assertThat(texts(sheet.getRow(2))).isEmpty();
            assertThat(texts(sheet.getRow(3))).containsExactlyElementsOf(HEADERS);
            assertThat(workbook.getFontAt(sheet.getRow(3).getCell(5).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo(AWKWARD_ROWS.getFirst().comment());
            assertThat(sheet.getRow(4).getCell(5).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getColumnWidth(5)).isGreaterThan(sheet.getColumnWidth(4) * 3);
        }
    }

    @Test
    void xlsx_offersGeTeEdInTheTypeColumn_forTheCommentsAndRowsToAdd() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(write(SheetFormat.XLSX)))) {
            List<? extends DataValidation> validations = workbook.getSheet("Comments").getDataValidations();

            assertThat(validations).hasSize(1);
            DataValidation types = validations.getFirst();
            assertThat(types.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(types.getValidationConstraint().getExplicitListValues()).containsExactly("ge", "te", "ed");
            assertThat(types.getShowErrorBox()).isTrue();
            CellRangeAddress range = types.getRegions().getCellRangeAddress(0);
            assertThat(range.getFirstColumn()).isEqualTo(4);
            assertThat(range.getLastColumn()).isEqualTo(4);
            assertThat(range.getFirstRow()).isEqualTo(4);
            assertThat(range.getLastRow()).isGreaterThanOrEqualTo(4 + AWKWARD_ROWS.size() + 499);
        }
    }

    @Test
    void xlsx_forAGermanReader_explainsTypesAndCutsInGerman_underTheTemplatesOwnHeaders() throws IOException {
        SheetHeading german = new SheetHeading("Behandlung der Kommentare: CD 2", "TAWG 1 CD 2", Locale.GERMAN);
        String tooLong = "x".repeat(40_000);
        byte[] written = CommentSheets.write(SheetFormat.XLSX, german, List.of(new SheetRow(0, "USA · Industrie", "",
                "4.2", "", "te", tooLong, "", "")));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(written))) {
            XSSFSheet sheet = workbook.getSheet("Comments");

            assertThat(texts(sheet.getRow(3))).containsExactlyElementsOf(HEADERS);
            DataValidation types = sheet.getDataValidations().getFirst();
            assertThat(types.getErrorBoxTitle()).isEqualTo("Type of comment");
            assertThat(types.getErrorBoxText()).isEqualTo("Wählen Sie ge (allgemein), te (technisch) oder ed"
                    + " (redaktionell).");
            String cut = sheet.getRow(4).getCell(5).getStringCellValue();
            assertThat(cut).hasSize(32_767).endsWith(" […] (gekürzt: Eine Excel-Zelle fasst höchstens 32.767 Zeichen)");
        }
    }

    @Test
    void csv_isUtf8WithAByteOrderMark_andCrlfLines_headerFirst() {
        byte[] csv = write(SheetFormat.CSV);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", HEADERS) + "\r\n").endsWith("\r\n");
        assertThat(text).contains("Übersetzung — ça ne va pas 日本語");
    }

    @Test
    void csv_startsCellsThatLookLikeFormulasWithAnApostrophe() throws IOException {
        byte[] csv = write(SheetFormat.CSV);

        List<CSVRecord> records = CSVFormat.RFC4180
                .parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))).getRecords();

        assertThat(records.get(1).get(6)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(records.get(2).get(6)).isEqualTo("'+1");
        assertThat(records.get(2).get(7)).isEqualTo("'-x");
        assertThat(records.get(3).get(5)).isEqualTo("'@SUM(A1:A2)");
        assertThat(records.get(4).get(5)).isEqualTo("''=quoted already, 'apostrophe");
        assertThat(records.get(1).get(0)).isEqualTo("US · Industry");
        assertThat(records.get(1).get(5)).isEqualTo(AWKWARD_ROWS.getFirst().comment());
    }

    @Test
    void docx_isLandscape_withTitle_andARepeatingBoldHeaderRow() throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(write(SheetFormat.DOCX)))) {
            assertThat(document.getParagraphs().getFirst().getText()).isEqualTo(HEADING.title());
            assertThat(document.getParagraphs().getFirst().getRuns().getFirst().isBold()).isTrue();
            assertThat(document.getParagraphs().get(1).getText()).isEqualTo(HEADING.subtitle());
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getOrient())
                    .isEqualTo(STPageOrientation.LANDSCAPE);

            assertThat(document.getTables()).hasSize(1);
            XWPFTable table = document.getTables().getFirst();
            assertThat(table.getNumberOfRows()).isEqualTo(1 + AWKWARD_ROWS.size());
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getTableCells()).map(XWPFTableCell::getText).containsExactlyElementsOf(HEADERS);
            assertThat(table.getRow(0).getCell(5).getParagraphs().getFirst().getRuns().getFirst().isBold()).isTrue();
        }
    }

    @Test
    void docx_writesEachLineOfACellAsAParagraph() throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(write(SheetFormat.DOCX)))) {
            XWPFTableCell comment = document.getTables().getFirst().getRow(1).getCell(5);

            assertThat(comment.getParagraphs()).map(paragraph -> paragraph.getText()).containsExactly("First line",
                    "second line, with \"quotes\", commas; and semicolons");
        }
    }

    private static List<String> texts(Row row) {
        return row == null
                ? List.of()
                : StreamSupport.stream(row.spliterator(), false).map(Cell::getStringCellValue).toList();
    }

    private static byte[] write(SheetFormat format) {
        return CommentSheets.write(format, HEADING, AWKWARD_ROWS);
    }
}
