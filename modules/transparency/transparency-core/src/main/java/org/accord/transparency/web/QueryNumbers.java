package org.accord.transparency.web;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** Whole numbers from a request's parameters, refused by name when absent where required or not a number at all. */
final class QueryNumbers {

    private QueryNumbers() {
    }

    static long required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid(name, Text.of("transparency.number_required", name));
        }
        return parse(name, value);
    }

    static long optional(String name, String value, long absent) {
        return value == null || value.isBlank() ? absent : parse(name, value);
    }

    /** The number, or null when absent. */
    static Long ifPresent(String name, String value) {
        return value == null || value.isBlank() ? null : parse(name, value);
    }

    /** A page size; its range is the log's to check. */
    static int limit(String value, int absent) {
        long limit = optional("limit", value, absent);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, limit));
    }

    private static long parse(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid(name, Text.of("transparency.not_a_number", name, value));
        }
    }
}
