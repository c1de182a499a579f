package org.accord.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.accord.testing.stack.BrokerProcess;

/**
 * A Kafka broker in a JVM of its own ({@link BrokerProcess}), where the test stack's broker runs inside the test's JVM:
 * its processor time is then its process's, read like the application's and PostgreSQL's. It runs on the test's class
 * path with a heap of 512 MB, and ends when it is closed or the test's JVM ends (its standard input closes).
 */
final class SeparateBroker implements AutoCloseable {

    private static final String READY = "KAFKA READY ";

    private final Process process;
    private final String bootstrapServers;

    private SeparateBroker(Process process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    static SeparateBroker start() throws IOException, InterruptedException {
        Path work = Files.createDirectories(Path.of("target/bench-broker"));
        Path arguments = Files.writeString(work.resolve("java.args"),
                "-cp \"" + System.getProperty("java.class.path") + "\"\n");
        Path log = work.resolve("broker.log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "@" + arguments, BrokerProcess.class.getName()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            String ready = Files.readAllLines(log).stream().filter(line -> line.startsWith(READY)).findFirst()
                    .orElse(null);
            if (ready != null) {
                return new SeparateBroker(process, ready.substring(READY.length()).strip());
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The broker did not start:\n" + Files.readString(log));
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
