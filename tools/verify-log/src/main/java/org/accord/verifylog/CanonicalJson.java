package org.accord.verifylog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RFC 8785 (JCS): the one text of a JSON value, with members sorted by their names' UTF-16 code units, no whitespace,
 * minimal string escapes and numbers written as ECMAScript writes a double. An entry whose text differs from the
 * canonical text of its own value was re-serialised or edited.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    /** The canonical text of a value as {@link JsonReader} reads it. */
    static String of(Object value) throws MalformedJsonException {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) throws MalformedJsonException {
        switch (value) {
            case null -> out.append("null");
            case Boolean b -> out.append(b);
            case String s -> writeString(s, out);
            case JsonNumber n -> out.append(number(n.text()));
            case Map<?, ?> members -> writeObject(members, out);
            case List<?> elements -> {
                out.append('[');
                for (int i = 0; i < elements.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(elements.get(i), out);
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void writeObject(Map<?, ?> members, StringBuilder out) throws MalformedJsonException {
        // String's natural order compares UTF-16 code units, which is the order RFC 8785 prescribes.
        Map<String, Object> sorted = new TreeMap<>();
        members.forEach((name, member) -> sorted.put((String) name, member));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> member : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(member.getKey(), out);
            out.append(':');
            write(member.getValue(), out);
        }
        out.append('}');
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * ECMAScript's Number.prototype.toString of the double nearest to the written number (RFC 8785 section 3.2.2.3).
     */
    static String number(String written) throws MalformedJsonException {
        double value = Double.parseDouble(written);
        if (Double.isInfinite(value)) {
            throw new MalformedJsonException(
                    "the number " + written + " is beyond what JSON's canonical form can hold");
        }
        if (value == 0) {
            return "0";
        }
        // Since Java 19, Double.toString gives the shortest decimal that reads back as the same double, as ECMAScript
        // does; only the layout differs.
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        // Java writes at least two digits where one would do (4.9E-324 for ECMAScript's 5e-324).
        for (RoundingMode mode : List.of(RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP)) {
            BigDecimal oneDigit = shortest.round(new MathContext(1, mode));
            if (oneDigit.doubleValue() == Math.abs(value)) {
                shortest = oneDigit.stripTrailingZeros();
                break;
            }
        }
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        String sign = value < 0 ? "-" : "";
        if (k <= n && n <= 21) {
            return sign + digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return sign + digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return sign + "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
}
