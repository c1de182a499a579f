package org.accord.platform.web;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Says in plain words what is wrong with an unreadable JSON body, and which field is at fault. */
final class JsonProblems {

    private JsonProblems() {
    }

    static String detail(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return "The request body is nested too deeply or holds a value that is too long.";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String field = field(e);
            String expected = expected(mismatch.getTargetType());
            return field == null
                    ? "The request body must be " + expected + "."
                    : "'" + field + "' must be " + expected + ".";
        }
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return "The request body is not valid JSON" + where + ": " + e.getOriginalMessage();
    }

    /** The path of the field at fault, such as {@code rule.threshold} or {@code roles[1]}; null for the whole body. */
    static String field(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        return mapping.getPath().stream()
                .map(step -> step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a number";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == UUID.class) {
            return "an id (a UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301)";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-12-01";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time such as 2026-12-01T12:00:00Z";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "a JSON object";
    }
}
