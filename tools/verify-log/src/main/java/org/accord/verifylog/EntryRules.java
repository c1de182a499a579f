package org.accord.verifylog;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the contract says of one entry's text: a JSON object with exactly the keys {@code data} (an object), {@code seq}
 * (its position), {@code sourceEventId} (a UUID), {@code standardId} (a UUID, or absent), {@code time} (an ISO-8601 UTC
 * instant) and {@code type} (a name), written in its RFC 8785 canonical form.
 */
final class EntryRules {

    private static final Set<String> REQUIRED = Set.of("data", "seq", "sourceEventId", "time", "type");
    private static final Set<String> KNOWN = Set.of("data", "seq", "sourceEventId", "standardId", "time", "type");
    private static final Pattern UUID_TEXT = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** A rule the entry at some position breaks; the message completes "entry N ...". */
    static final class Broken extends Exception {

        Broken(String message) {
            super(message);
        }
    }

    private EntryRules() {
    }

    /** The entry's source event, once its text is found to keep every rule for the given position. */
    static UUID check(long position, String text) throws Broken {
        Map<?, ?> entry;
        try {
            entry = Fields.object(JsonReader.parse(text), "it");
        } catch (MalformedJsonException e) {
            throw new Broken("is not valid JSON: " + e.getMessage());
        }
        for (Object key : entry.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new Broken("has the key \"" + key + "\", which the log's entries do not have");
            }
        }
        for (String key : REQUIRED) {
            if (!entry.containsKey(key)) {
                throw new Broken("lacks the key \"" + key + "\"");
            }
        }
        checkPosition(position, entry.get("seq"));
        checkCanonical(entry, text);
        if (!(entry.get("data") instanceof Map)) {
            throw new Broken("has \"data\" that is not an object");
        }
        if (!(entry.get("type") instanceof String type) || type.isBlank()) {
            throw new Broken("has no \"type\" name");
        }
        checkTime(entry.get("time"));
        if (entry.containsKey("standardId")) {
            uuid(entry, "standardId");
        }
        return uuid(entry, "sourceEventId");
    }

    private static void checkPosition(long position, Object seq) throws Broken {
        long number = seq instanceof JsonNumber n ? n.nonNegativeLong() : -1;
        if (number < 0) {
            throw new Broken("has a \"seq\" that is not a non-negative integer: " + seq);
        }
        if (number > position) {
            throw new Broken("is missing: in its place stands the entry numbered " + Numbers.grouped(number)
                    + " (entries deleted, or out of order)");
        }
        if (number < position) {
            throw new Broken("is out of place: in its place stands an entry numbered " + Numbers.grouped(number)
                    + " (an entry duplicated, or entries out of order)");
        }
    }

    private static void checkCanonical(Map<?, ?> entry, String text) throws Broken {
        String canonical;
        try {
            canonical = CanonicalJson.of(entry);
        } catch (MalformedJsonException e) {
            throw new Broken("has no canonical form: " + e.getMessage());
        }
        if (!canonical.equals(text)) {
            int at = 0;
            while (at < text.length() && at < canonical.length() && text.charAt(at) == canonical.charAt(at)) {
                at++;
            }
            throw new Broken("is not in its canonical (RFC 8785) form, which the log stores: re-serialised or edited"
                    + " (first difference at character " + at + ")");
        }
    }

    private static void checkTime(Object time) throws Broken {
        if (!(time instanceof String text) || !text.endsWith("Z")) {
            throw new Broken("has a \"time\" that is not an ISO-8601 UTC instant: " + time);
        }
        try {
            Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Broken("has a \"time\" that is not an ISO-8601 UTC instant: " + text);
        }
    }

    private static UUID uuid(Map<?, ?> entry, String key) throws Broken {
        if (entry.get(key) instanceof String text && UUID_TEXT.matcher(text).matches()) {
            return UUID.fromString(text);
        }
        throw new Broken("has a \"" + key + "\" that is not a UUID: " + entry.get(key));
    }
}
