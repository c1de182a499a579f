package org.accord.voting.internal.app;

import java.util.Arrays;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.voting.internal.domain.Comparison;
import org.accord.voting.internal.domain.Concurrence;
import org.accord.voting.internal.domain.Denominator;
import org.accord.voting.internal.domain.Fraction;
import org.accord.voting.internal.domain.InvalidRule;
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
            } catch (InvalidRule e) {
                throw RuleViolation.invalid("rule", e.reason());
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
        } catch (InvalidRule e) {
            throw RuleViolation.invalid("rule", e.reason());
        }
    }

    private static Fraction fraction(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw RuleViolation.invalid(field, Text.of("voting.fraction_required", field));
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
            throw RuleViolation.invalid(field, Text.of("voting.not_a_fraction", text));
        }
        if (parts.length > 2 || denominator < 1 || numerator < 0 || numerator > denominator) {
            throw RuleViolation.invalid(field, Text.of("voting.not_a_share", text));
        }
        return Fraction.of(numerator, denominator);
    }

    private static <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(field, Text.of("voting.unknown_choice", field, String.valueOf(value),
                    Arrays.toString(type.getEnumConstants())));
        }
    }
}
