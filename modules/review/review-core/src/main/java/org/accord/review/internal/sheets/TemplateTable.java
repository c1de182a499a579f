package org.accord.review.internal.sheets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/**
 * Reads the comments out of a table from a file. Columns are found by their header texts, not their positions: people
 * reorder columns, add their own and leave some out, and templates put title rows above the header.
 */
final class TemplateTable {

    static final int HEADER_SEARCH_ROWS = 20;

    private final Map<TemplateColumn, Integer> positions;

    private TemplateTable(Map<TemplateColumn, Integer> positions) {
        this.positions = positions;
    }

    /** The comments below the table's header row, or nothing when no header row is among its first rows. */
    static Optional<List<SheetRow>> commentsIn(List<SourceRow> table) {
        for (int header = 0; header < Math.min(HEADER_SEARCH_ROWS, table.size()); header++) {
            Map<TemplateColumn, Integer> positions = positionsIn(table.get(header));
            if (positions.containsKey(TemplateColumn.COMMENT) && positions.containsKey(TemplateColumn.TYPE)) {
                return Optional.of(new TemplateTable(positions).comments(table.subList(header + 1, table.size())));
            }
        }
        return Optional.empty();
    }

    static RuleViolation noHeaderRow() {
        return FileRefusal.of(Text.of("review.no_header_row", TemplateColumn.COMMENT.header(),
                TemplateColumn.TYPE.header(), HEADER_SEARCH_ROWS));
    }

    private static Map<TemplateColumn, Integer> positionsIn(SourceRow row) {
        Map<TemplateColumn, Integer> positions = new EnumMap<>(TemplateColumn.class);
        for (int index = 0; index < row.cells().size(); index++) {
            int position = index;
            TemplateColumn.withHeader(row.cell(index)).ifPresent(column -> positions.putIfAbsent(column, position));
        }
        return positions;
    }

    private List<SheetRow> comments(List<SourceRow> rows) {
        List<SheetRow> comments = new ArrayList<>(rows.size());
        for (SourceRow row : rows) {
            if (positions.values().stream().anyMatch(position -> !row.cell(position).isEmpty())) {
                comments.add(new SheetRow(row.number(), cell(row, TemplateColumn.MB_NC), cell(row, TemplateColumn.LINE),
                        cell(row, TemplateColumn.CLAUSE), cell(row, TemplateColumn.ELEMENT),
                        cell(row, TemplateColumn.TYPE), cell(row, TemplateColumn.COMMENT),
                        cell(row, TemplateColumn.PROPOSED_CHANGE), cell(row, TemplateColumn.OBSERVATIONS)));
            }
        }
        return List.copyOf(comments);
    }

    private String cell(SourceRow row, TemplateColumn column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position);
    }
}
