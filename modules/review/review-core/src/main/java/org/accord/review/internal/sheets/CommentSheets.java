package org.accord.review.internal.sheets;

import java.util.List;

import org.accord.platform.errors.RuleViolation;

/**
 * Writes and reads the ISO/IEC commenting template (MB/NC, line, clause, element, type, comment, proposed change,
 * observations of the secretariat) as a Word document, an Excel workbook or CSV.
 */
public final class CommentSheets {

    private CommentSheets() {
    }

    public static byte[] write(SheetFormat format, SheetHeading heading, List<SheetRow> rows) {
        return switch (format) {
            case DOCX -> DocxSheet.write(heading, rows);
            case XLSX -> XlsxSheet.write(heading, rows);
            case CSV -> CsvSheet.write(rows);
        };
    }

    /**
     * The comments in an uploaded file, in file order, without blank rows.
     *
     * @throws RuleViolation
     *             for the "file" field when the file cannot or must not be read, with a message saying what to do about
     *             it
     */
    public static List<SheetRow> read(SheetFormat format, byte[] content) {
        try {
            return switch (format) {
                case DOCX -> DocxSheet.read(content);
                case XLSX -> XlsxSheet.read(content);
                case CSV -> CsvSheet.read(content);
            };
        } catch (RuleViolation refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            // A damaged package fails deep inside POI with all kinds of unchecked exceptions; a bad upload is a 400.
            throw FileRefusal.damaged(format, e);
        }
    }
}
