package org.accord.review.internal.domain;

import java.util.Locale;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** The commenting template's types of comment. */
public enum CommentType {
    GE, TE, ED;

    /** {@code ge}, {@code te} or {@code ed}, as the template writes it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CommentType of(String field, String text) {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (CommentType type : values()) {
            if (type.name().equals(code)) {
                return type;
            }
        }
        throw RuleViolation.invalid(field, Text.of("review.not_a_type", text == null ? "" : text.strip()));
    }
}
