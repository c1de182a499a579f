package org.accord.platform.text;

/**
 * A JSON string as RFC 8785 (JCS) writes it: only quote, backslash and control characters are escaped (as {@code \b \f
 * \n \r \t} or else a backslash, {@code u} and four lower-case hex digits), everything else is written as it is. Every
 * hash Accord computes over canonical JSON writes its strings here.
 */
public final class CanonicalJsonString {

    private CanonicalJsonString() {
    }

    public static String of(String value) {
        return append(value, new StringBuilder(value.length() + 2)).toString();
    }

    public static StringBuilder append(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
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
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
