package org.accord.app.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code deploy/local/backup.sh} and {@code restore.sh}, the scripts behind {@code make backup} and {@code make
 * restore}, run as an operator runs them, against the database their JDBC URL names.
 */
final class DatabaseScripts {

    /** What a script printed (both streams) and how it exited. */
    record Run(int exitCode, String output) {
    }

    private static final Path SCRIPTS = repositoryRoot().resolve("deploy/local");

    private DatabaseScripts() {
    }

    /** Dumps the database; {@code snapshot} (from {@code pg_export_snapshot()}) pins what it dumps, or is null. */
    static Run backup(String jdbcUrl, Path file, String snapshot) {
        return run("backup.sh", file, jdbcUrl,
                snapshot == null ? Map.of() : Map.of("ACCORD_BACKUP_SNAPSHOT", snapshot));
    }

    static Run restore(String jdbcUrl, Path file) {
        return run("restore.sh", file, jdbcUrl, Map.of());
    }

    private static Run run(String script, Path file, String jdbcUrl, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(SCRIPTS.resolve(script).toString(), file.toString())
                    .redirectErrorStream(true);
            builder.environment().put("ACCORD_DB_URL", jdbcUrl);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not finish within 5 minutes:\n" + output);
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(script + " did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path repositoryRoot() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("deploy/local/backup.sh"))) {
                return folder;
            }
        }
        throw new IllegalStateException("No deploy/local/backup.sh above " + Path.of("").toAbsolutePath());
    }
}
