package org.accord.verifylog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the members the contract promises out of a JSON object, naming what is missing or of the wrong kind. */
final class Fields {

    private Fields() {
    }

    static Map<?, ?> object(Object value, String what) throws MalformedJsonException {
        if (value instanceof Map<?, ?> members) {
            return members;
        }
        throw new MalformedJsonException(what + " is not a JSON object");
    }

    static String string(Map<?, ?> members, String key) throws MalformedJsonException {
        if (members.get(key) instanceof String text) {
            return text;
        }
        throw new MalformedJsonException(missing(members, key, "a string"));
    }

    static long count(Map<?, ?> members, String key) throws MalformedJsonException {
        if (members.get(key) instanceof JsonNumber number && number.nonNegativeLong() >= 0) {
            return number.nonNegativeLong();
        }
        throw new MalformedJsonException(missing(members, key, "a non-negative integer"));
    }

    static byte[] sha256(Map<?, ?> members, String key) throws MalformedJsonException {
        String text = string(members, key);
        if (!Hex.isSha256(text)) {
            throw new MalformedJsonException("\"" + key + "\" is not a SHA-256 hash in lowercase hex: " + text);
        }
        return Hex.sha256(text);
    }

    static List<?> list(Map<?, ?> members, String key) throws MalformedJsonException {
        if (members.get(key) instanceof List<?> elements) {
            return elements;
        }
        throw new MalformedJsonException(missing(members, key, "an array"));
    }

    static List<byte[]> hashes(Map<?, ?> members, String key) throws MalformedJsonException {
        List<byte[]> hashes = new ArrayList<>();
        for (Object element : list(members, key)) {
            if (!(element instanceof String text) || !Hex.isSha256(text)) {
                throw new MalformedJsonException("\"" + key + "\" holds something other than SHA-256 hashes in hex");
            }
            hashes.add(Hex.sha256(text));
        }
        return hashes;
    }

    private static String missing(Map<?, ?> members, String key, String kind) {
        return members.containsKey(key) ? "\"" + key + "\" is not " + kind : "\"" + key + "\" is missing";
    }
}
