package org.accord.app.contracts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A deterministic instance of an event record with every component filled in, so that what a producer writes can be
 * compared with what each consumer reads.
 */
final class EventSamples {

    private static final Instant AT = Instant.parse("2026-11-30T09:30:00Z");

    private EventSamples() {
    }

    static Object of(Class<?> recordClass) {
        RecordComponent[] components = recordClass.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getName(), components[i].getGenericType());
        }
        try {
            return recordClass.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a sample of " + recordClass.getName(), e);
        }
    }

    private static Object value(String name, Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return List.of(value(name, arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(String.valueOf(value(name, arguments[0])), value(name, arguments[1]));
            }
            throw new IllegalArgumentException("No sample for " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return name.toLowerCase().endsWith("id") || name.endsWith("Ids") || name.endsWith("Comments")
                    ? UUID.nameUUIDFromBytes(name.getBytes()).toString()
                    : "sample " + name;
        }
        if (raw == Instant.class) {
            return AT;
        }
        if (raw == LocalDate.class) {
            return LocalDate.ofInstant(AT, ZoneOffset.UTC);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == int.class || raw == Integer.class) {
            return 7;
        }
        if (raw == long.class || raw == Long.class) {
            return 7L;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw.isRecord()) {
            return of(raw);
        }
        throw new IllegalArgumentException("No sample for " + raw.getName() + " (" + name + ")");
    }
}
