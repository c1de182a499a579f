package org.accord.platform.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.i18n.Text;

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
            case FORBIDDEN -> Status.FORBIDDEN;
            case UNAVAILABLE -> Status.SERVICE_UNAVAILABLE;
        };
    }

    public static Map<String, String> errors(RuleViolation refused) {
        return Map.of(refused.field() == null ? GENERAL : refused.field(),
                refused.message(RequestLanguage.current(), RequestLanguage.currentZone()));
    }

    /**
     * Runs a form's change and redirects to {@code then} (post/redirect/get); when the change is refused, shows the
     * page again with the message next to the field at fault. An unknown target is left to the error page.
     */
    public static Response submit(Runnable change, String then, Function<Map<String, String>, Object> page) {
        return submit(() -> {
            change.run();
            return then;
        }, page);
    }

    /** Like {@link #submit(Runnable, String, Function)} for a change that decides where to go next. */
    public static Response submit(Supplier<String> changeReturningNext, Function<Map<String, String>, Object> page) {
        try {
            return Response.seeOther(URI.create(changeReturningNext.get())).build();
        } catch (RuleViolation refused) {
            if (refused.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw refused;
            }
            return Response.status(status(refused)).entity(page.apply(errors(refused))).build();
        }
    }

    /** An id typed or chosen in a form: null when left empty, refused in place when it is not an id. */
    public static UUID id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(field, Text.of("platform.not_an_id", value));
        }
    }

    /**
     * A date and time typed into a form's {@code datetime-local} field, read in the reader's time zone (their
     * profile's, else UTC): null when left empty, refused in place when it is not a date and time.
     */
    public static Instant moment(String field, String localDateTime) {
        if (localDateTime == null || localDateTime.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(localDateTime.strip()).atZone(RequestLanguage.currentZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(field, Text.of("platform.not_a_date_time", localDateTime));
        }
    }

    /** The JSON body of an API request, which the API requires. */
    public static <T> T required(T body) {
        if (body == null) {
            throw RuleViolation.invalid(null, Text.of("platform.json_body_required"));
        }
        return body;
    }
}
