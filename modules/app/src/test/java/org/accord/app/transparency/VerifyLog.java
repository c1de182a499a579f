package org.accord.app.transparency;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.accord.verifylog.Main;

/**
 * The offline verifier run as an outsider runs it: its own process, with nothing but its own classes on the class path.
 */
public final class VerifyLog {

    /** What it printed, its last line being the verdict, and how it exited. */
    public record Run(int exitCode, String verdict, String output) {
    }

    private VerifyLog() {
    }

    public static Run run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", ownClasses().toString(), Main.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("verify-log did not finish within 2 minutes:\n" + output);
        }
        List<String> lines = output.lines().toList();
        return new Run(process.exitValue(), lines.isEmpty() ? "" : lines.getLast(), output);
    }

    private static Path ownClasses() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("No path to verify-log's classes", e);
        }
    }
}
