package org.accord.drafting.internal.domain;

import java.util.List;

import org.accord.platform.i18n.Text;

/** Lists in running text, such as "A, B and C", joined as the reader's language joins them. */
final class TextLists {

    private TextLists() {
    }

    /** "A, B and C". */
    static Text and(List<Text> items) {
        return joined(items, "drafting.list_and");
    }

    /** "A, B or C". */
    static Text or(List<Text> items) {
        return joined(items, "drafting.list_or");
    }

    private static Text joined(List<Text> items, String lastKey) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A list in running text has at least one item");
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        Text head = items.getFirst();
        for (Text item : items.subList(1, items.size() - 1)) {
            head = Text.of("drafting.list_comma", head, item);
        }
        return Text.of(lastKey, head, items.getLast());
    }
}
