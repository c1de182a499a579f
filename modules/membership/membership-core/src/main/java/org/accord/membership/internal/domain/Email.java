package org.accord.membership.internal.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** A member's email address, compared case-insensitively. */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    public Email {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw RuleViolation.invalid("email", Text.of("membership.email_required"));
        }
        if (text.length() > 254 || !SHAPE.matcher(text).matches()) {
            throw RuleViolation.invalid("email", Text.of("membership.not_an_email", abbreviate(text)));
        }
        value = text;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    @Override
    public String toString() {
        return value;
    }
}
