package org.accord.review.internal.sheets;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class CommentSheetsRoundTripTest {

    static final SheetHeading HEADING = new SheetHeading("Disposition of comments: Second committee draft",
            "TAWG 1 CD 2 · closed 1 Dec 2026 · 5 comments", Locale.ENGLISH);

    static final List<SheetRow> AWKWARD_ROWS = List.of(
            new SheetRow(0, "US · Industry", "12", "4.2", "Table 1", "te",
                    "First line\nsecond line, with \"quotes\", commas; and semicolons", "=cmd|' /C calc'!A0",
                    "Accepted"),
            new SheetRow(0, "EU · Civil society", "", "", "", "ge", "Übersetzung — ça ne va pas 日本語", "+1", "-x"),
            new SheetRow(0, "Linux Foundation", "7", "Annex A", "NOTE 1", "ed", "@SUM(A1:A2)", "", ""),
            new SheetRow(0, "US · Academia", "", "A.1", "Figure 2", "te", "'=quoted already, 'apostrophe",
                    "Two paragraphs\n\nwith a blank line between", "Noted\n- see 4.2\n- see 5.1"),
            new SheetRow(0, "EU · Industry", "", "general", "", "ge", "-", "", ""));

    @ParameterizedTest
    @EnumSource(SheetFormat.class)
    void read_ofWritten_givesBackTheRows(SheetFormat format) {
        byte[] written = CommentSheets.write(format, HEADING, AWKWARD_ROWS);

        List<SheetRow> read = CommentSheets.read(format, written);

        assertThat(read).map(CommentSheetsRoundTripTest::unnumbered).containsExactlyElementsOf(AWKWARD_ROWS);
    }

    @ParameterizedTest
    @EnumSource(SheetFormat.class)
    void read_numbersRowsAsTheFileShowsThem(SheetFormat format) {
        int firstDataRow = switch (format) {
            case XLSX -> 5; // title, subtitle, a blank row and the header above
            case DOCX, CSV -> 2;
        };

        List<SheetRow> read = CommentSheets.read(format, CommentSheets.write(format, HEADING, AWKWARD_ROWS));

        assertThat(read).map(SheetRow::row).containsExactlyElementsOf(
                IntStream.range(firstDataRow, firstDataRow + AWKWARD_ROWS.size()).boxed().toList());
    }

    @ParameterizedTest
    @EnumSource(SheetFormat.class)
    void read_ofWrittenWithoutRows_findsNone(SheetFormat format) {
        assertThat(CommentSheets.read(format, CommentSheets.write(format, HEADING, List.of()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SheetFormat.class)
    void write_ofTwoThousandRows_roundTrips(SheetFormat format) {
        List<SheetRow> rows = IntStream.range(0, 2000).mapToObj(index -> new SheetRow(0, "US · Industry",
                Integer.toString(index + 1), "4." + index % 9, "", "te", "Comment " + index + "\nwith a second line",
                "Proposed change " + index, "")).toList();

        byte[] written = CommentSheets.write(format, HEADING, rows);

        assertThat(CommentSheets.read(format, written)).map(CommentSheetsRoundTripTest::unnumbered)
                .containsExactlyElementsOf(rows);
    }

    static SheetRow unnumbered(SheetRow row) {
        return new SheetRow(0, row.mbNc(), row.line(), row.clause(), row.element(), row.type(), row.comment(),
                row.proposedChange(), row.observations());
    }
}
