package org.accord.testing;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A deterministic instance of any record (an event, say) with every component filled in, nested records and lists of
 * two included. Texts come from the caller, who knows what each one stands for; every other value is fixed, and every
 * boolean is the given one, so that a test can try both branches of each.
 */
public final class RecordSamples {

    /** The text of a component, from its path (as in {@code BallotClosed.sides[1].scope}) and its name. */
    @FunctionalInterface
    public interface Texts {

        String of(String path, String name);
    }

    public static final Instant AT = Instant.parse("2026-11-30T09:30:00Z");

    private final Texts texts;
    private final boolean flags;

    public RecordSamples(Texts texts, boolean flags) {
        this.texts = texts;
        this.flags = flags;
    }

    public Object of(Class<?> recordClass) {
        return of(recordClass, recordClass.getSimpleName());
    }

    private Object of(Class<?> recordClass, String path) {
        RecordComponent[] components = recordClass.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(path + "." + components[i].getName(), components[i].getName(),
                    components[i].getGenericType());
        }
        try {
            return recordClass.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a sample of " + recordClass.getName(), e);
        }
    }

    private Object value(String path, String name, Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return List.of(value(path + "[0]", name, arguments[0]), value(path + "[1]", name, arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(String.valueOf(value(path + ".key", name, arguments[0])),
                        value(path + ".value", name, arguments[1]));
            }
            throw new IllegalArgumentException("No sample for " + type + " (" + path + ")");
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return texts.of(path, name);
        }
        if (raw == Instant.class) {
            return AT;
        }
        if (raw == LocalDate.class) {
            return LocalDate.ofInstant(AT, ZoneOffset.UTC);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return flags;
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
            return of(raw, path);
        }
        throw new IllegalArgumentException("No sample for " + raw.getName() + " (" + path + ")");
    }
}
