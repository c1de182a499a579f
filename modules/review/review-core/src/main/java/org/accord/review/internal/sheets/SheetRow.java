package org.accord.review.internal.sheets;

import java.util.Objects;

/**
 * One line of the ISO/IEC commenting template, every cell as text. {@code row} is the row number a person sees in the
 * file (1-based, counting the header and anything above it); it is 0 for rows about to be written. Missing cells are
 * empty strings, never null.
 */
public record SheetRow(int row, String mbNc, String line, String clause, String element, String type, String comment,
        String proposedChange, String observations) {

    public SheetRow {
        mbNc = Objects.requireNonNullElse(mbNc, "");
        line = Objects.requireNonNullElse(line, "");
        clause = Objects.requireNonNullElse(clause, "");
        element = Objects.requireNonNullElse(element, "");
        type = Objects.requireNonNullElse(type, "");
        comment = Objects.requireNonNullElse(comment, "");
        proposedChange = Objects.requireNonNullElse(proposedChange, "");
        observations = Objects.requireNonNullElse(observations, "");
    }
}
