package org.accord.drafting.web;

import java.util.UUID;

import org.accord.platform.errors.RuleViolation;

/**
 * The {@code from} and {@code to} of a redline, read from the query by hand: a missing or malformed one is the caller's
 * mistake (400 naming the parameter), not an unknown resource.
 */
final class RedlineParameters {

    private RedlineParameters() {
    }

    static UUID version(String parameter, String value) {
        try {
            return UUID.fromString(required(parameter, value, "the id of a draft version"));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(parameter, "'" + value + "' in " + parameter + " is not a draft version id.");
        }
    }

    static int revision(String parameter, String value) {
        try {
            return Integer.parseInt(required(parameter, value, "the number of a revision"));
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid(parameter, "'" + value + "' in " + parameter + " is not a revision number.");
        }
    }

    private static String required(String parameter, String value, String what) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid(parameter, "The query parameter " + parameter + " is required: " + what
                    + ".");
        }
        return value.strip();
    }
}
