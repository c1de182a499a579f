package org.accord.transparency.internal.log;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accord.platform.text.CanonicalJsonString;

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

    /** Text with a lone UTF-16 surrogate is no Unicode text, and has no UTF-8 form to hash. */
    private static void writeString(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("Text with a lone UTF-16 surrogate at " + i + " is no Unicode text");
            }
        }
        CanonicalJsonString.append(text, out);
    }
}
