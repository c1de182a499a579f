package org.accord.review.internal.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.accord.platform.i18n.Text;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The template as an Excel workbook: title and subtitle rows, a blank row, the header row, one row per comment. */
final class XlsxSheet {

    private static final String SHEET_NAME = "Comments";
    private static final int HEADER_ROW = 3;
    // Rows below the comments where the type's drop-down waits for the comments people add in Excel.
    private static final int ROWS_TO_ADD = 500;
    private static final String[] TYPES = {"ge", "te", "ed"};
    // Excel keeps what is typed into a text-formatted cell as typed: clause 4.10 stays 4.10, not the number 4.1.
    private static final short TEXT_FORMAT = (short) BuiltinFormats.getBuiltinFormat("@");
    private static final int CHARACTERS_PER_WIDTH_SHARE = 2;
    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    // Columns this far right cannot hold the template's; reading them would only let a crafted file take memory.
    private static final int MAX_COLUMNS_READ = 100;

    private XlsxSheet() {
    }

    static byte[] write(SheetHeading heading, List<SheetRow> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(SHEET_NAME);
            XSSFCellStyle textStyle = textStyle(workbook);
            addHeadingRow(sheet, 0, heading.title(), headingStyle(workbook, 14));
            addHeadingRow(sheet, 1, heading.subtitle(), workbook.createCellStyle());
            addHeaderRow(sheet, headerStyle(workbook));
            addCommentRows(sheet, rows, textStyle, " " + Text.of("review.sheet_cut", MAX_TEXT_LENGTH)
                    .in(heading.language()));
            for (TemplateColumn column : TemplateColumn.values()) {
                sheet.setColumnWidth(column.ordinal(), column.widthShare() * CHARACTERS_PER_WIDTH_SHARE * 256);
                sheet.setDefaultColumnStyle(column.ordinal(), textStyle);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            addTypeDropDown(sheet, HEADER_ROW + rows.size() + ROWS_TO_ADD, heading.language());
            setUpPrinting(sheet);

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SheetRow> read(byte[] content) {
        OPCPackage pkg = OfficePackage.open(content, SheetFormat.XLSX);
        try {
            var workbook = new XSSFWorkbook(pkg);
            if (workbook.getNumberOfSheets() == 0) {
                throw TemplateTable.noHeaderRow();
            }
            return TemplateTable.commentsIn(rowsOf(workbook.getSheetAt(0))).orElseThrow(TemplateTable::noHeaderRow);
        } catch (IOException | POIXMLException e) {
            throw FileRefusal.damaged(SheetFormat.XLSX, e);
        } finally {
            pkg.revert();
        }
    }

    private static List<SourceRow> rowsOf(XSSFSheet sheet) {
        var formatter = new DataFormatter(Locale.ROOT);
        // A formula's cached result is what the person saw; evaluating formulas from uploads is never safe.
        formatter.setUseCachedValuesForFormulaCells(true);
        List<SourceRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                if (column < MAX_COLUMNS_READ) {
                    while (cells.size() <= column) {
                        cells.add("");
                    }
                    cells.set(column, formatter.formatCellValue(cell));
                }
            }
            rows.add(new SourceRow(row.getRowNum() + 1, cells));
        }
        return rows;
    }

    /** A heading in the first column, unwrapped so that it runs on over the empty cells beside it. */
    private static void addHeadingRow(XSSFSheet sheet, int row, String text, XSSFCellStyle style) {
        Cell cell = sheet.createRow(row).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void addHeaderRow(XSSFSheet sheet, XSSFCellStyle style) {
        XSSFRow header = sheet.createRow(HEADER_ROW);
        for (TemplateColumn column : TemplateColumn.values()) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(style);
        }
    }

    /** {@code cutMark} ends a text too long for a cell, saying so. */
    private static void addCommentRows(XSSFSheet sheet, List<SheetRow> rows, XSSFCellStyle style, String cutMark) {
        for (int index = 0; index < rows.size(); index++) {
            XSSFRow row = sheet.createRow(HEADER_ROW + 1 + index);
            for (TemplateColumn column : TemplateColumn.values()) {
                Cell cell = row.createCell(column.ordinal());
                cell.setCellValue(fitted(column.valueOf(rows.get(index)), cutMark));
                cell.setCellStyle(style);
            }
        }
    }

    private static void addTypeDropDown(XSSFSheet sheet, int lastRow, Locale language) {
        var helper = new XSSFDataValidationHelper(sheet);
        int column = TemplateColumn.TYPE.ordinal();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(TYPES),
                new CellRangeAddressList(HEADER_ROW + 1, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox(TemplateColumn.TYPE.header(), Text.of("review.sheet_type_help").in(language));
        sheet.addValidationData(validation);
    }

    /** Landscape, one page wide, the header row on every page. */
    private static void setUpPrinting(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    }

    private static String fitted(String text, String cutMark) {
        return text.length() <= MAX_TEXT_LENGTH
                ? text
                : text.substring(0, MAX_TEXT_LENGTH - cutMark.length()) + cutMark;
    }

    private static XSSFCellStyle headingStyle(XSSFWorkbook workbook, int points) {
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static XSSFCellStyle headerStyle(XSSFWorkbook workbook) {
        XSSFCellStyle style = headingStyle(workbook, 11);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private static XSSFCellStyle textStyle(XSSFWorkbook workbook) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setDataFormat(TEXT_FORMAT);
        return style;
    }
}
