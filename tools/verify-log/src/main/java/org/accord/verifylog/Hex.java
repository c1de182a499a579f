package org.accord.verifylog;

import java.util.HexFormat;
import java.util.regex.Pattern;

/** The log writes every hash as 64 lowercase hexadecimal digits. */
final class Hex {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private Hex() {
    }

    static String of(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static boolean isSha256(String text) {
        return SHA256_HEX.matcher(text).matches();
    }

    /** The bytes of a hash the log wrote; {@link #isSha256} tells first whether it is one. */
    static byte[] sha256(String text) {
        if (!isSha256(text)) {
            throw new IllegalArgumentException("not 64 lowercase hexadecimal digits: " + text);
        }
        return HexFormat.of().parseHex(text);
    }
}
