package org.accord.drafting.web;

import java.util.UUID;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/**
 * The {@code from} and {@code to} of a redline, read from the query by hand: a missing or malformed one is the caller's
 * mistake (400 naming the parameter), not an unknown resource.
 */
final class RedlineParameters {

    private RedlineParameters() {
    }

    static UUID version(String parameter, String value) {
        try {
            return UUID.fromString(required(parameter, value, Text.of("drafting.parameter_version")));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(parameter, Text.of("drafting.not_a_version_id", value, parameter));
        }
    }

    static int revision(String parameter, String value) {
        try {
            return Integer.parseInt(required(parameter, value, Text.of("drafting.parameter_revision")));
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid(parameter, Text.of("drafting.not_a_revision_number", value, parameter));
        }
    }

    private static String required(String parameter, String value, Text what) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid(parameter, Text.of("drafting.parameter_required", parameter, what));
        }
        return value.strip();
    }
}
