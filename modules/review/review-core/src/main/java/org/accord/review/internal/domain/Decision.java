package org.accord.review.internal.domain;

import java.util.Locale;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/**
 * How a comment is disposed of. Every decision but acceptance explains itself in observations (the template's
 * "observations of the secretariat"); acceptance in principle also states the modification made instead.
 */
public enum Decision {
    ACCEPTED, ACCEPTED_IN_PRINCIPLE, NOTED, REJECTED;

    public static Decision of(String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("decision", Text.of("review.choose_decision"));
        }
    }

    public boolean needsObservations() {
        return this != ACCEPTED;
    }

    public boolean needsModification() {
        return this == ACCEPTED_IN_PRINCIPLE;
    }
}
