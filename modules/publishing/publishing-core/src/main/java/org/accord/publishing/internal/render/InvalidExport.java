package org.accord.publishing.internal.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An export that does not validate against its format's schema. It must never be stored or served; the problems say
 * where the document breaks the schema.
 */
public class InvalidExport extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One schema violation, at the line and column of the export where the parser found it. */
    public record Problem(int line, int column, String message) {

        @Override
        public String toString() {
            return line + ":" + column + ": " + message;
        }
    }

    private final ExportFormat format;
    private final transient List<Problem> problems;

    InvalidExport(ExportFormat format, List<Problem> problems) {
        super("The " + format.code() + " export is not valid against its schema:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.format = format;
        this.problems = List.copyOf(problems);
    }

    public ExportFormat format() {
        return format;
    }

    public List<Problem> problems() {
        return problems;
    }
}
