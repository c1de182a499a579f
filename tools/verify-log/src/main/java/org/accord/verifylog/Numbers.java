package org.accord.verifylog;

import java.util.Locale;

/** Counts and positions as people read them: 12,345. */
final class Numbers {

    private Numbers() {
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
