package org.accord.review.internal.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.accord.platform.errors.RuleViolation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.accord.review.internal.sheets.CommentSheetsRoundTripTest.AWKWARD_ROWS;
import static org.accord.review.internal.sheets.CommentSheetsRoundTripTest.HEADING;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentSheetsRefusalTest {

    @ParameterizedTest
    @EnumSource(value = SheetFormat.class, names = {"DOCX", "XLSX"})
    void read_ofRandomBytes_isRefused(SheetFormat format) {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertRefused(format, noise).hasMessageContaining("could not be read as " + format.label())
                .hasMessageContaining("Save it as");
        assertRefused(format, new byte[0]).hasMessageContaining("could not be read as " + format.label());
    }

    @ParameterizedTest
    @EnumSource(value = SheetFormat.class, names = {"DOCX", "XLSX"})
    void read_ofADamagedPackage_isRefused(SheetFormat format) throws IOException {
        byte[] written = CommentSheets.write(format, HEADING, AWKWARD_ROWS);
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("not an office file".getBytes(StandardCharsets.UTF_8));
        }

        assertRefused(format, Arrays.copyOf(written, written.length / 2))
                .hasMessageContaining("could not be read as " + format.label());
        assertRefused(format, zip.toByteArray()).hasMessageContaining("could not be read as " + format.label());
    }

    @Test
    void read_ofAMacroEnabledWorkbookNamedXlsx_isRefused() throws IOException {
        byte[] xlsm;
        try (var workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Comments").createRow(0).createCell(0).setCellValue("Comments");
            workbook.write(out);
            xlsm = out.toByteArray();
        }

        assertRefused(SheetFormat.XLSX, xlsm).hasMessageContaining("contains macros")
                .hasMessageContaining("without macros");
    }

    @Test
    void read_ofADocumentCarryingAVbaProject_isRefused() throws Exception {
        byte[] docx = CommentSheets.write(SheetFormat.DOCX, HEADING, AWKWARD_ROWS);
        var withMacros = new ByteArrayOutputStream();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            PackagePart vba = pkg.createPart(PackagingURIHelper.createPartName("/word/vbaProject.bin"),
                    "application/vnd.ms-office.vbaProject");
            try (OutputStream out = vba.getOutputStream()) {
                out.write(new byte[]{1, 2, 3});
            }
            pkg.save(withMacros);
        }

        assertRefused(SheetFormat.DOCX, withMacros.toByteArray()).hasMessageContaining("contains macros");
    }

    @Test
    void read_ofADocumentNamedAsAnotherFormat_saysWhichItIs() {
        byte[] docx = CommentSheets.write(SheetFormat.DOCX, HEADING, AWKWARD_ROWS);

        assertRefused(SheetFormat.XLSX, docx).hasMessageContaining("is a Word document (.docx)")
                .hasMessageContaining("Rename it to end in .docx");
    }

    @Test
    void read_ofAPasswordProtectedWorkbook_isRefused() throws Exception {
        byte[] xlsx = CommentSheets.write(SheetFormat.XLSX, HEADING, AWKWARD_ROWS);
        var encrypted = new ByteArrayOutputStream();
        try (var container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(container)) {
                out.write(xlsx);
            }
            container.writeFilesystem(encrypted);
        }

        assertRefused(SheetFormat.XLSX, encrypted.toByteArray()).hasMessageContaining("password-protected")
                .hasMessageContaining("Remove the password");
    }

    @Test
    void read_ofAnOldBinaryWorkbook_asksForXlsx() throws IOException {
        var xls = new ByteArrayOutputStream();
        try (var workbook = new HSSFWorkbook()) {
            workbook.createSheet("Comments");
            workbook.write(xls);
        }

        assertRefused(SheetFormat.XLSX, xls.toByteArray()).hasMessageContaining("old Office format")
                .hasMessageContaining("an Excel workbook (.xlsx)");
    }

    @ParameterizedTest
    @EnumSource(SheetFormat.class)
    void read_withoutTheHeaderRow_isRefused(SheetFormat format) throws IOException {
        List<List<String>> table = List.of(List.of("Comments on TAWG 1 CD 2"), List.of("MB/NC", "Type", "Text"),
                List.of("US", "ge", "A comment"));

        assertRefused(format, plainTable(format, table))
                .hasMessageContaining("no header row with 'Comments' and 'Type of comment'");
    }

    @Test
    void read_ofCsvNotInUtf8_isRefused() {
        byte[] latin1 = "Comments,Type of comment\r\nÜbersetzung,ed\r\n".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(SheetFormat.CSV, latin1).hasMessageContaining("not in UTF-8")
                .hasMessageContaining("CSV UTF-8");
    }

    @Test
    void read_ofCsvWithAnUnclosedQuote_isRefused() {
        byte[] csv = "Comments,Type of comment\r\n\"never closed,ed\r\n".getBytes(StandardCharsets.UTF_8);

        assertRefused(SheetFormat.CSV, csv).hasMessageContaining("The CSV file could not be read");
    }

    /** A file holding nothing but the table, as a person could make it in each format. */
    private static byte[] plainTable(SheetFormat format, List<List<String>> table) throws IOException {
        var out = new ByteArrayOutputStream();
        switch (format) {
            case CSV -> {
                var csv = new StringBuilder();
                try (var printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
                    printer.printRecords(table);
                }
                out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
            }
            case XLSX -> {
                try (var workbook = new XSSFWorkbook()) {
                    Sheet sheet = workbook.createSheet();
                    for (int row = 0; row < table.size(); row++) {
                        Row sheetRow = sheet.createRow(row);
                        for (int column = 0; column < table.get(row).size(); column++) {
                            sheetRow.createCell(column).setCellValue(table.get(row).get(column));
                        }
                    }
                    workbook.write(out);
                }
            }
            case DOCX -> {
                try (var document = new XWPFDocument()) {
                    XWPFTable docxTable = document.createTable(table.size(), 3);
                    for (int row = 0; row < table.size(); row++) {
                        for (int column = 0; column < table.get(row).size(); column++) {
                            docxTable.getRow(row).getCell(column).setText(table.get(row).get(column));
                        }
                    }
                    document.write(out);
                }
            }
        }
        return out.toByteArray();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(SheetFormat format, byte[] content) {
        return assertThatThrownBy(() -> CommentSheets.read(format, content)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.INVALID)
                .hasFieldOrPropertyWithValue("field", "file");
    }
}
