package org.accord.platform.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** Where a page of a list ends: the sort key of its last item, each value as text. */
public record Keyset(List<String> values) {

    public Keyset {
        values = List.copyOf(values);
    }

    public static Keyset of(Object... values) {
        return new Keyset(Arrays.stream(values).map(String::valueOf).toList());
    }

    public String text(int index) {
        if (index >= values.size()) {
            throw foreign();
        }
        return values.get(index);
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(text(index));
        } catch (IllegalArgumentException e) {
            throw foreign();
        }
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(text(index));
        } catch (DateTimeParseException e) {
            throw foreign();
        }
    }

    static RuleViolation foreign() {
        return RuleViolation.invalid("cursor", Text.of("platform.foreign_cursor"));
    }
}
