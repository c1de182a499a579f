package org.accord.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.accord.testing.FreePorts;

/**
 * The packaged application run as its own process, as an operator runs it: {@code java @deploy/app/jvm.options -jar
 * quarkus-run.jar}, in its production profile unless the configuration says otherwise. Its output goes to a log file.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private final Process process;
    private final Path log;
    private final int httpPort;
    private final int managementPort;

    private PackagedApp(Process process, Path log, int httpPort, int managementPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /** Starts the application with these configuration properties (as system properties) on free ports. */
    public static PackagedApp start(String name, Map<String, String> config) {
        return start(name, JAR, config);
    }

    /** Starts another packaged Quarkus application the same way, with the same JVM options. */
    public static PackagedApp start(String name, Path jar, Map<String, String> config) {
        int httpPort = FreePorts.next();
        int managementPort = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "@" + System.getProperty("accord.jvm-options")));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + httpPort);
        command.add("-Dquarkus.management.port=" + managementPort);
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Path log = Files.createDirectories(Path.of("target/packaged-app")).resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            return new PackagedApp(process, log, httpPort, managementPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + jar, e);
        }
    }

    /**
     * A new, empty database beside the shared one, for an application that should not meet what other tests left there.
     *
     * @return its JDBC URL
     */
    public static String freshDatabase(String sharedUrl) {
        String name = "accord_bench_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(sharedUrl, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        return sharedUrl.substring(0, sharedUrl.lastIndexOf('/') + 1) + name;
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    public URI managementUrl(String path) {
        return URI.create("http://localhost:" + managementPort + path);
    }

    /** Waits until the application reports itself ready; fails with its log when it stops or does not get there. */
    public PackagedApp awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(managementUrl("/q/health/ready")).timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting:\n" + log());
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException("The application was not ready within " + timeout + ":\n" + log());
    }

    /** @return whether the process ended within the timeout */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    public int exitValue() {
        return process.exitValue();
    }

    public long pid() {
        return process.pid();
    }

    /** Sends SIGTERM, as a service manager or an orchestrator stops a process. */
    public void terminate() {
        process.toHandle().destroy();
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines logged at level ERROR, in the production profile's JSON lines or the demo profile's text (a database's
     * "ERROR:" quoted in a warning is not one).
     */
    public List<String> errors() {
        return log().lines().filter(line -> line.contains("\"level\":\"ERROR\"") || line.contains(" ERROR ["))
                .toList();
    }

    /**
     * Kills the process and waits until it is gone, so that nothing it still does (relaying, consuming, its clocks)
     * overlaps with whatever starts next.
     */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The application did not end within 10 s of being killed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
