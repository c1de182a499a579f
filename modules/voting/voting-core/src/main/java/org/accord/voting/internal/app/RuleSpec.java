package org.accord.voting.internal.app;

import org.accord.platform.errors.RuleViolation;
import org.accord.voting.internal.domain.Comparison;
import org.accord.voting.internal.domain.Concurrence;
import org.accord.voting.internal.domain.Denominator;
import org.accord.voting.internal.domain.Fraction;
import org.accord.voting.internal.domain.Rule;

/**
 * A rule as a moderator asks for it: a preset key, or a custom combination with fractions written "2/3". Unknown values
 * are refused with the choices.
 */
public record RuleSpec(String preset, String threshold, String comparison, String denominator,
        String disapprovalCap, String quorum, String concurrence) {

    public Rule toRule() {
        if (preset != null && !preset.isBlank()) {
            try {
                return Rule.preset(preset.strip());
            } catch (IllegalArgumentException e) {
                throw RuleViolation.invalid("rule", e.getMessage());
            }
        }
        try {
            return new Rule("Custom rule", fraction("threshold", threshold, true),
                    choice("comparison", Comparison.class, comparison),
                    choice("denominator", Denominator.class, denominator),
                    fraction("disapprovalCap", disapprovalCap, false), fraction("quorum", quorum, false),
                    concurrence == null || concurrence.isBlank()
                            ? Concurrence.NONE
                            : choice("concurrence", Concurrence.class, concurrence));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("rule", e.getMessage());
        }
    }

    private static Fraction fraction(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw RuleViolation.invalid(field, "Give a preset or a " + field + " such as 2/3.");
            }
            return null;
        }
        String[] parts = text.strip().split("/");
        int numerator;
        int denominator;
        try {
            numerator = Integer.parseInt(parts[0].strip().replace("%", ""));
            denominator = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : 100;
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid(field, "'" + text + "' is not a fraction such as 2/3 or a percentage.");
        }
        if (parts.length > 2 || denominator < 1 || numerator < 0 || numerator > denominator) {
            throw RuleViolation.invalid(field, "'" + text + "' is not a share between 0 and 1, such as 2/3 or 50%.");
        }
        return Fraction.of(numerator, denominator);
    }

    private static <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(field, "Unknown " + field + " '" + value + "': choose one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
