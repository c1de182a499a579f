package org.accord.verifylog;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What the command printed and returned, for a test to judge. */
record Outcome(int exitCode, String out, String err) {

    static final List<String> WAITS = new ArrayList<>();

    static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), (wait, uri) -> WAITS.add(uri.toString()));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The verdict line: the last line printed. */
    String verdict() {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }
}
