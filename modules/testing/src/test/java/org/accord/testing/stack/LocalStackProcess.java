package org.accord.testing.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.accord.testing.KafkaBroker;

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
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                LocalStack.class.getName(), state.toString(), String.valueOf(postgresPort), String.valueOf(kafkaPort),
                String.valueOf(KafkaBroker.freePort()), String.valueOf(KafkaBroker.freePort()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        LocalStackProcess stack = new LocalStackProcess(process, output);
        try {
            stack.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            stack.close();
            throw e;
        }
        return stack;
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
