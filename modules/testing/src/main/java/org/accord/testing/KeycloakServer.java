package org.accord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak started from its distribution with the Accord realm imported into a fresh data directory. Its output
 * goes to {@code keycloak.log} in that directory.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

    private final Path home;
    private final Path workDirectory;
    private final int port;
    private final Path log;
    private Process process;

    private KeycloakServer(Path home, Path workDirectory, int port) {
        this.home = home;
        this.workDirectory = workDirectory;
        this.port = port;
        this.log = workDirectory.resolve("keycloak.log");
    }

    /**
     * @param home
     *            the unpacked keycloak-quarkus-dist
     * @param realmFile
     *            the realm to import
     * @param workDirectory
     *            a fresh folder for the server's data and log
     */
    public static KeycloakServer start(Path home, Path realmFile, Path workDirectory) {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + " (set accord.keycloak.home; `make keycloak` unpacks it)");
        }
        try {
            // Keycloak imports only from its own data/import folder; the realm file is the same for every use.
            Path importDirectory = Files.createDirectories(home.resolve("data/import"));
            Files.createDirectories(workDirectory);
            Files.copy(realmFile, importDirectory.resolve(realmFile.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
            KeycloakServer server = new KeycloakServer(home, workDirectory, FreePorts.next());
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start", e);
        }
    }

    /** Starts the stopped server again, on the same port and with the same data, as after an outage. */
    public synchronized void restart() {
        try {
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start again", e);
        }
    }

    private void launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_DB", "dev-file");
        env.put("KC_DB_URL", "jdbc:h2:file:" + workDirectory.resolve("h2/keycloak") + ";NON_KEYWORDS=VALUE");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-local-demo");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        process = builder.start();
        awaitRealm();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/accord";
    }

    private void awaitRealm() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(Duration.ofSeconds(1));
        }
        close();
        throw new IllegalStateException("Keycloak did not serve the accord realm within " + STARTUP_TIMEOUT + "; see "
                + log);
    }

    /** Stops the server, as an outage would; {@link #restart()} brings it back. */
    @Override
    public synchronized void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
