package org.accord.platform.web;

import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.accord.platform.errors.RuleViolation;

/** How a page shows a refused form: the status for the response and the message next to the field at fault. */
public final class FormResponses {

    /** Where a message goes when no single field is at fault. */
    public static final String GENERAL = "general";

    private FormResponses() {
    }

    public static Status status(RuleViolation refused) {
        return switch (refused.kind()) {
            case INVALID -> Status.BAD_REQUEST;
            case CONFLICT -> Status.CONFLICT;
            case NOT_FOUND -> Status.NOT_FOUND;
            case UNAVAILABLE -> Status.SERVICE_UNAVAILABLE;
        };
    }

    public static Map<String, String> errors(RuleViolation refused) {
        return Map.of(refused.field() == null ? GENERAL : refused.field(), refused.getMessage());
    }
}
