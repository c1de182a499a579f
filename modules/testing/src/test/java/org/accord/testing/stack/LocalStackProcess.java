package org.accord.testing.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.accord.testing.FreePorts;

/** {@link LocalStack} in a JVM of its own, as `make up` runs it. */
final class LocalStackProcess implements AutoCloseable {

    private static final String READY = "LOCAL STACK READY";
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);

    private final Process process;
    private final Path output;

    private LocalStackProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static LocalStackProcess start(Path state, int postgresPort, int kafkaPort, Path output)
            throws IOException, InterruptedException {
        return start(state, postgresPort, kafkaPort, 1, output);
    }

    static LocalStackProcess start(Path state, int postgresPort, int kafkaPort, int brokers, Path output)
            throws IOException, InterruptedException {
        LocalStackProcess stack = launch(state, postgresPort, kafkaPort, brokers, output);
        try {
            stack.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** Starts the stack without waiting for it, for a test of a start that must be refused. */
    static LocalStackProcess launch(Path state, int postgresPort, int kafkaPort, int brokers, Path output)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(java, "-Xmx" + (256 + 256 * brokers) + "m", "-cp",
                System.getProperty("java.class.path"), LocalStack.class.getName(), state.toString(),
                String.valueOf(postgresPort), String.valueOf(kafkaPort), String.valueOf(FreePorts.next()),
                String.valueOf(FreePorts.next()), String.valueOf(brokers))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new LocalStackProcess(process, output);
    }

    /** @return the exit code, once the process ended within the shutdown time */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the local stack did not end within " + SHUTDOWN);
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(output);
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (!Files.readString(output).contains(READY)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the local stack did not come up; its output:\n" + Files.readString(output));
            }
            Thread.sleep(200);
        }
    }

    /** SIGTERM, as `make down` stops it. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the local stack did not stop within " + SHUTDOWN);
        }
    }

    /** SIGKILL: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
