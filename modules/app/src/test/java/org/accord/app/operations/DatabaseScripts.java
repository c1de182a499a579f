package org.accord.app.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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

    private static final Path ROOT = repositoryRoot();
    private static final Path SCRIPTS = ROOT.resolve("deploy/local");
    private static final Path TOOLS = ROOT.resolve(".local/pg-tools/bin");

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

    /** Whether pg_restore can read the file's table of contents, which comes before the tables' data. */
    static boolean contentsReadable(Path file) {
        return start(List.of(TOOLS.resolve("pg_restore").toString(), "--list", file.toString()), Map.of())
                .exitCode() == 0;
    }

    private static Run run(String script, Path file, String jdbcUrl, Map<String, String> environment) {
        Map<String, String> withDatabase = new HashMap<>(environment);
        withDatabase.put("ACCORD_DB_URL", jdbcUrl);
        return start(List.of(SCRIPTS.resolve(script).toString(), file.toString()), withDatabase);
    }

    private static Run start(List<String> command, Map<String, String> environment) {
        String script = command.getFirst();
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
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
