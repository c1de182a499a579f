package org.accord.review.internal.sheets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The columns of the ISO/IEC commenting template, in the template's order. */
enum TemplateColumn {

    /** The commenter's side and stakeholder group, e.g. "US · Industry", or an external body's name. */
    MB_NC("MB/NC", 9, SheetRow::mbNc, "MB", "NC", "Member body", "National committee"),
    /** The line in the version the comment is on, if the version has line numbers. */
    LINE("Line number", 5, SheetRow::line, "Line", "Line no", "Lines"),
    /** The clause number as in the version, e.g. "4.2", "Annex A" or "NOTE 1"; empty or "general" for all of it. */
    CLAUSE("Clause/Subclause", 7, SheetRow::clause, "Clause", "Subclause", "Clause number", "Clause no"),
    /** Where in the clause, e.g. "Table 1" or "Figure 2". */
    ELEMENT("Paragraph/Figure/Table/Note", 9, SheetRow::element, "Paragraph/Figure/Table", "Paragraph", "Element"),
    /** ge (general), te (technical) or ed (editorial). */
    TYPE("Type of comment", 5, SheetRow::type, "Type", "Comment type"),
    /** The comment itself, Markdown source with its line breaks. */
    COMMENT("Comments", 24, SheetRow::comment, "Comment"),
    /** The commenter's proposed wording. */
    PROPOSED_CHANGE("Proposed change", 21, SheetRow::proposedChange, "Proposed changes", "Proposal"),
    /** The disposition: what the group decided about the comment. */
    OBSERVATIONS("Observations of the secretariat", 20, SheetRow::observations, "Observations", "Observation",
            "Secretariat observations");

    // Real templates add footnote markers (MB/NC¹, Type of comment², a plain 2 once the superscript is lost, POI's
    // [footnoteRef:2] for a Word footnote), examples in parentheses and stray spaces; only the letters identify a column.
    private static final Pattern ASIDES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private static final Map<String, TemplateColumn> BY_NAME = Arrays.stream(values())
            .flatMap(column -> column.names.stream().map(name -> Map.entry(normalized(name), column)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String header;
    private final int widthShare;
    private final Function<SheetRow, String> value;
    private final List<String> names;

    TemplateColumn(String header, int widthShare, Function<SheetRow, String> value, String... synonyms) {
        this.header = header;
        this.widthShare = widthShare;
        this.value = value;
        this.names = Stream.concat(Stream.of(header), Arrays.stream(synonyms)).toList();
    }

    String header() {
        return header;
    }

    /** The column's share of the table's width, in percent; the shares add up to 100. */
    int widthShare() {
        return widthShare;
    }

    String valueOf(SheetRow row) {
        return value.apply(row);
    }

    static Optional<TemplateColumn> withHeader(String text) {
        return Optional.ofNullable(BY_NAME.get(normalized(text)));
    }

    private static String normalized(String header) {
        String withoutAsides = ASIDES.matcher(header).replaceAll("");
        return NOT_LETTERS.matcher(withoutAsides).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
