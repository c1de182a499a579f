package org.accord.transparency.internal.log;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON Canonicalization Scheme (RFC 8785) over a Jackson tree: object members sorted by the UTF-16 code units of
 * their names, no whitespace, strings escaped as ECMAScript's {@code JSON.stringify} does. Numbers are limited to the
 * integers an IEEE 754 double holds exactly, since the log's entries carry no other: a fraction or a larger integer is
 * refused rather than written in a form a verifier in another language might not reproduce.
 */
public final class CanonicalJson {

    /** 2^53: beyond it, not every integer has a double of its own (RFC 8785 section 3.2.2.3, I-JSON). */
    private static final BigInteger LARGEST_EXACT = BigInteger.ONE.shiftLeft(53);

    private CanonicalJson() {
    }

    public static byte[] bytes(JsonNode value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @throws IllegalArgumentException
     *             when the value holds a number other than an exact integer, or broken text
     */
    public static String text(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonNode value, StringBuilder out) {
        switch (value.getNodeType()) {
            case OBJECT -> writeObject(value, out);
            case ARRAY -> writeArray(value, out);
            case STRING -> writeString(value.textValue(), out);
            case NUMBER -> writeNumber(value, out);
            case BOOLEAN -> out.append(value.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("JSON has no " + value.getNodeType() + " value");
        }
    }

    private static void writeObject(JsonNode object, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
        // String.compareTo compares UTF-16 code units, which is RFC 8785's order.
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(members.get(i).getKey(), out);
            out.append(':');
            write(members.get(i).getValue(), out);
        }
        out.append('}');
    }

    private static void writeArray(JsonNode array, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(array.get(i), out);
        }
        out.append(']');
    }

    private static void writeNumber(JsonNode number, StringBuilder out) {
        if (!number.isIntegralNumber()) {
            throw new IllegalArgumentException("The log holds integers only, not " + number.asText());
        }
        BigInteger integer = number.bigIntegerValue();
        if (integer.abs().compareTo(LARGEST_EXACT) > 0) {
            throw new IllegalArgumentException(integer + " is beyond the integers JSON numbers hold exactly (2^53)");
        }
        out.append(integer);
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c)) {
                        i = writeSurrogatePair(text, i, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static int writeSurrogatePair(String text, int at, StringBuilder out) {
        if (!Character.isHighSurrogate(text.charAt(at)) || at + 1 >= text.length()
                || !Character.isLowSurrogate(text.charAt(at + 1))) {
            throw new IllegalArgumentException("Text with a lone UTF-16 surrogate at " + at + " is no Unicode text");
        }
        out.append(text, at, at + 2);
        return at + 1;
    }
}
