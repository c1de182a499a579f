package org.accord.verifylog;

import java.util.regex.Pattern;

/** A JSON number exactly as written, so that its canonical form and its integer value are both decided later. */
record JsonNumber(String text) {

    private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]{0,17}");

    /** The value when the text is a plain integer that fits a long, else -1 (log numbers are never negative). */
    long nonNegativeLong() {
        if (!COUNT.matcher(text).matches()) {
            return -1;
        }
        return Long.parseLong(text);
    }
}
