package org.accord.transparency.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/**
 * The log page's filters as the form sent them (kept to fill the form again), and what they mean: a standard's id, an
 * entry type, and a period of whole UTC days, {@code until} included.
 */
public record LogFilter(String standard, String type, String from, String until) {

    /** Four-digit years only, so that every day the form accepts is one the database can hold. */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    UUID standardId() {
        if (blank(standard)) {
            return null;
        }
        try {
            return UUID.fromString(standard.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("standard", Text.of("transparency.not_a_standard_id", standard));
        }
    }

    String entryType() {
        return blank(type) ? null : type.strip();
    }

    Instant fromInstant() {
        return blank(from) ? null : day("from", from).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end of the period, exclusive: the start of the day after {@code until}. */
    Instant untilInstant() {
        return blank(until) ? null : day("until", until).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate day(String field, String value) {
        try {
            if (DAY.matcher(value.strip()).matches()) {
                return LocalDate.parse(value.strip());
            }
        } catch (DateTimeParseException e) {
            // refused below, like any other text that is no day
        }
        throw RuleViolation.invalid(field, Text.of("transparency.not_a_day", value));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
