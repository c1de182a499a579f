package org.accord.verifylog;

import java.util.List;

/** The outcome: the lines to print (notes, then the verdict line) and whether the log passed. */
record Verdict(boolean verified, List<String> notes, String line) {

    static Verdict verified(List<String> notes, String summary) {
        return new Verdict(true, notes, "OK: " + summary);
    }

    static Verdict failed(List<String> notes, String problem) {
        return new Verdict(false, notes, "FAILED: " + problem);
    }
}
