package org.accord.platform.errors;

import java.time.ZoneId;
import java.util.Locale;

import org.accord.platform.i18n.Text;

/**
 * A request the domain refuses, with a message for the person who made it. Framework-free, so domain code throws it;
 * the API turns it into problem+json, pages into field errors.
 */
public class RuleViolation extends RuntimeException {

    public enum Kind {
        /** The input is malformed or breaks a rule: 400. */
        INVALID,
        /** The input is fine but clashes with what is stored (duplicate, stale version, wrong state): 409. */
        CONFLICT,
        /** Something referred to does not exist: 404. */
        NOT_FOUND,
        /** The person's roles do not allow this step (a rule more specific than an endpoint's roles): 403. */
        FORBIDDEN,
        /** A system the change depends on is unavailable; nothing was stored, the request can be repeated: 503. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String field;
    private final Text text;

    public RuleViolation(Kind kind, String field, Text text) {
        super(text.toString());
        this.kind = kind;
        this.field = field;
        this.text = text;
    }

    public static RuleViolation invalid(String field, Text message) {
        return new RuleViolation(Kind.INVALID, field, message);
    }

    public static RuleViolation conflict(String field, Text message) {
        return new RuleViolation(Kind.CONFLICT, field, message);
    }

    public static RuleViolation forbidden(String field, Text message) {
        return new RuleViolation(Kind.FORBIDDEN, field, message);
    }

    public static RuleViolation notFound(Text message) {
        return new RuleViolation(Kind.NOT_FOUND, null, message);
    }

    public static RuleViolation unavailable(Text message) {
        return new RuleViolation(Kind.UNAVAILABLE, null, message);
    }

    /** The message in the reader's language and time zone; {@link #getMessage()} is English, for logs. */
    public String message(Locale locale, ZoneId zone) {
        return text.in(locale, zone);
    }

    /** The message as a key and arguments, for whoever renders it later. */
    public Text text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    /** The form or JSON field at fault, or null when the request as a whole is. */
    public String field() {
        return field;
    }
}
