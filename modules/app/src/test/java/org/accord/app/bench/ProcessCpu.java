package org.accord.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * The processor time the kernel counted for a process, from {@code /proc/<pid>/stat}: user plus system time, in
 * seconds. PostgreSQL serves each connection from a process of its own, so the server's time is its postmaster's, plus
 * that of every live child (backends, walwriter, autovacuum…), plus what children that ended left to the postmaster.
 */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = ticksPerSecond();

    private ProcessCpu() {
    }

    /** A running process's own user and system time. */
    static double seconds(long pid) {
        String[] fields = stat(pid);
        return ticks(fields, 11, 12) / TICKS_PER_SECOND;
    }

    /**
     * A server's time: its own, its ended children's (once it waited for them, as the postmaster does), and its live
     * children's.
     */
    static double server(long parent) {
        double ticks = ticks(stat(parent), 11, 12, 13, 14);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                String[] fields = statIfRunning(Long.parseLong(process.getFileName().toString()));
                if (fields != null && Long.parseLong(fields[1]) == parent) {
                    ticks += ticks(fields, 11, 12);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** The postmaster of the server this connection is served by: the parent of its backend. */
    static long postmaster(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return Long.parseLong(stat(rows.getLong(1))[1]);
        }
    }

    private static double ticks(String[] fields, int... indexes) {
        double sum = 0;
        for (int index : indexes) {
            sum += Long.parseLong(fields[index]);
        }
        return sum;
    }

    private static String[] stat(long pid) {
        String[] fields = statIfRunning(pid);
        if (fields == null) {
            throw new IllegalStateException("No process " + pid);
        }
        return fields;
    }

    /**
     * The fields of {@code /proc/<pid>/stat} after the command name (which may hold spaces): index 0 is the state, 1
     * the parent's pid, 11 and 12 the user and system time, 13 and 14 those of ended children, in clock ticks.
     */
    private static String[] statIfRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.US_ASCII);
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String ticks = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            getconf.waitFor();
            return Double.parseDouble(ticks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
