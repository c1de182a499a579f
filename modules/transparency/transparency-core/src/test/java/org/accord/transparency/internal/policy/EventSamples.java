package org.accord.transparency.internal.policy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An instance of any event record with every component filled in, for attacking the policy. Ids are UUIDs, e-mail
 * addresses are e-mail addresses, and the texts the log may publish as they are (names, titles, hashes: see
 * {@link #PUBLIC_TEXT}) say so; every other text, from reasons to sign-in names and vote positions, is marked
 * {@link #PRIVATE}, so that any of it in an entry is found.
 */
final class EventSamples {

    static final String PRIVATE = "PRIVATE:";
    static final String EMAIL = "ada.lovelace@example.org";

    /** Text components an entry may carry as the event gives them. */
    static final Set<String> PUBLIC_TEXT = Set.of("fullName", "name", "code", "groupCode", "stakeholderGroup", "roles",
            "title", "question", "scope", "reference", "label", "versionLabel", "stage", "from", "to", "rule",
            "summary", "finding", "format", "disposition", "addressee", "contentHash", "sha256", "manifestSha256",
            "bundleSha256", "keyId");

    private static final Instant AT = Instant.parse("2026-12-01T10:15:30Z");

    private final boolean flags;

    /**
     * @param flags
     *            the value of every boolean component, so that both branches of each are tried
     */
    EventSamples(boolean flags) {
        this.flags = flags;
    }

    Object of(Class<?> recordClass) {
        RecordComponent[] components = recordClass.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(recordClass.getSimpleName() + "." + components[i].getName(),
                    components[i].getName(), components[i].getGenericType());
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
            throw new IllegalArgumentException("No sample for " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return text(path, name);
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
            return of(raw);
        }
        throw new IllegalArgumentException("No sample for " + raw.getName() + " (" + path + ")");
    }

    private static String text(String path, String name) {
        if (name.equals("email")) {
            return EMAIL;
        }
        if (name.endsWith("Id") || name.endsWith("Ids") || name.equals("answersComments")) {
            return UUID.nameUUIDFromBytes(path.getBytes()).toString();
        }
        return PUBLIC_TEXT.contains(name) ? "public " + path : PRIVATE + path;
    }
}
