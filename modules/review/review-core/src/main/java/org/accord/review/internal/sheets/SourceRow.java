package org.accord.review.internal.sheets;

import java.util.List;

/** A row of cells as found in a file, with the row number a person sees there. */
record SourceRow(int number, List<String> cells) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }
}
