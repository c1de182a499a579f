package org.accord.drafting.internal.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Works out the numbers readers see: 1, 4.1, 4.1.1 for clauses, "Annex A" with A.1 below it, and "NOTE 1" or "EXAMPLE
 * 1" counted separately within each parent so that notes and examples never shift the clause numbers.
 */
final class ClauseNumbering {

    private static final String ANNEX_PREFIX = "Annex ";

    private ClauseNumbering() {
    }

    static Map<UUID, String> of(ClauseTree tree) {
        Map<UUID, String> numbers = new LinkedHashMap<>();
        numberChildren(tree, null, null, numbers);
        for (UUID id : tree.documentOrder()) {
            numberChildren(tree, id, childPrefix(numbers.get(id)), numbers);
        }
        Map<UUID, String> inDocumentOrder = new LinkedHashMap<>();
        tree.documentOrder().forEach(id -> inDocumentOrder.put(id, numbers.get(id)));
        return Collections.unmodifiableMap(inDocumentOrder);
    }

    /**
     * @param prefix
     *            null for the top level
     */
    private static void numberChildren(ClauseTree tree, UUID parentId, String prefix, Map<UUID, String> numbers) {
        List<UUID> children = tree.children(parentId);
        int clauses = 0;
        int annexes = 0;
        int notes = 0;
        int examples = 0;
        for (UUID child : children) {
            ClauseKind kind = tree.node(child).kind();
            String number = switch (kind) {
                case NOTE -> "NOTE " + ++notes;
                case EXAMPLE -> "EXAMPLE " + ++examples;
                case ANNEX -> prefix == null ? ANNEX_PREFIX + letters(++annexes) : prefix + "." + ++clauses;
                case SECTION, CLAUSE, TERM -> prefix == null ? String.valueOf(++clauses) : prefix + "." + ++clauses;
            };
            numbers.put(child, number);
        }
    }

    /** Subclauses of "Annex A" read A.1, not "Annex A.1". */
    private static String childPrefix(String parentNumber) {
        return parentNumber.startsWith(ANNEX_PREFIX) ? parentNumber.substring(ANNEX_PREFIX.length()) : parentNumber;
    }

    /** 1 → A, 26 → Z, 27 → AA, as spreadsheets do, so that a 27th annex still gets a distinct letter. */
    static String letters(int ordinal) {
        StringBuilder letters = new StringBuilder();
        for (int rest = ordinal; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }
}
