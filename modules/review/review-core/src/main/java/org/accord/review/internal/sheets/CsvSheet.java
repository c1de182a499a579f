package org.accord.review.internal.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** The template as CSV: UTF-8 with a byte order mark, RFC 4180, the header row first. */
final class CsvSheet {

    // Without the mark, Excel reads UTF-8 as the system's code page and garbles every accent.
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    // Spreadsheets run a cell that starts with one of these as a formula; a leading apostrophe keeps it text.
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char ESCAPE = '\'';

    private CsvSheet() {
    }

    static byte[] write(List<SheetRow> rows) {
        var csv = new StringBuilder(256 + 512 * rows.size()).append(BYTE_ORDER_MARK);
        try (var printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(Arrays.stream(TemplateColumn.values()).map(TemplateColumn::header));
            for (SheetRow row : rows) {
                printer.printRecord(Arrays.stream(TemplateColumn.values()).map(column -> escaped(column.valueOf(row))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<SheetRow> read(byte[] content) {
        String text = decoded(content);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return TemplateTable.commentsIn(records(text, delimiterOf(text))).orElseThrow(TemplateTable::noHeaderRow);
    }

    private static String decoded(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw FileRefusal.of(Text.of("review.csv_not_utf8"), e);
        }
    }

    /** Excel writes semicolons instead of commas where the decimal separator is a comma, as in much of Europe. */
    private static char delimiterOf(String text) {
        String header = text.lines().limit(TemplateTable.HEADER_SEARCH_ROWS).filter(CsvSheet::mayBeTheHeader)
                .findFirst().orElse("");
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private static boolean mayBeTheHeader(String line) {
        String lowerCase = line.toLowerCase(Locale.ROOT);
        return lowerCase.contains("comment") && lowerCase.contains("type");
    }

    private static List<SourceRow> records(String text, char delimiter) {
        List<SourceRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            for (CSVRecord record : parser) {
                rows.add(new SourceRow(Math.toIntExact(record.getRecordNumber()),
                        record.stream().map(cell -> unescaped(cell.strip())).toList()));
            }
        } catch (UncheckedIOException e) {
            throw malformed(e.getCause());
        } catch (IOException | IllegalStateException e) {
            throw malformed(e);
        }
        return rows;
    }

    private static RuleViolation malformed(Exception e) {
        return FileRefusal.of(Text.of("review.csv_malformed", e.getMessage()), e);
    }

    /**
     * Prefixes cells a spreadsheet would take for a formula with an apostrophe, and cells that already start with
     * apostrophes before such a character with one more, so that {@link #unescaped} restores every cell exactly.
     */
    private static String escaped(String cell) {
        return looksLikeFormula(cell) ? ESCAPE + cell : cell;
    }

    private static String unescaped(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == ESCAPE && looksLikeFormula(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }

    private static boolean looksLikeFormula(String cell) {
        int start = 0;
        while (start < cell.length() && cell.charAt(start) == ESCAPE) {
            start++;
        }
        return start < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(start)) >= 0;
    }
}
