package org.accord.platform.errors;

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

    public RuleViolation(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static RuleViolation invalid(String field, String message) {
        return new RuleViolation(Kind.INVALID, field, message);
    }

    public static RuleViolation conflict(String field, String message) {
        return new RuleViolation(Kind.CONFLICT, field, message);
    }

    public static RuleViolation forbidden(String field, String message) {
        return new RuleViolation(Kind.FORBIDDEN, field, message);
    }

    public static RuleViolation notFound(String message) {
        return new RuleViolation(Kind.NOT_FOUND, null, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The form or JSON field at fault, or null when the request as a whole is. */
    public String field() {
        return field;
    }
}
