package org.accord.platform.web;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accord.platform.i18n.Text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Says in plain words what is wrong with an unreadable JSON body, and which field is at fault. */
final class JsonProblems {

    private JsonProblems() {
    }

    static Text detail(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return Text.of("platform.json_too_deep");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String field = field(e);
            Text expected = expected(mismatch.getTargetType());
            return field == null
                    ? Text.of("platform.json_body_must_be", expected)
                    : Text.of("platform.json_field_must_be", field, expected);
        }
        return e.getLocation() == null
                ? Text.of("platform.json_invalid", e.getOriginalMessage())
                : Text.of("platform.json_invalid_at", e.getLocation().getLineNr(), e.getLocation().getColumnNr(),
                        e.getOriginalMessage());
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

    private static Text expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return Text.of("platform.json_boolean");
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return Text.of("platform.json_number");
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return Text.of("platform.json_string");
        }
        if (type == UUID.class) {
            return Text.of("platform.json_id");
        }
        if (type == LocalDate.class) {
            return Text.of("platform.json_date");
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return Text.of("platform.json_date_time");
        }
        if (type.isEnum()) {
            return Text.of("platform.json_one_of", Arrays.toString(type.getEnumConstants()));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return Text.of("platform.json_list");
        }
        if (Map.class.isAssignableFrom(type)) {
            return Text.of("platform.json_object");
        }
        return Text.of("platform.json_json_object");
    }
}
