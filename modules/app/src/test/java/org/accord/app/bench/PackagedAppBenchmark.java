package org.accord.app.bench;

import java.io.IOException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.accord.app.e2e.PackagedApp;
import org.accord.app.e2e.Tokens;
import org.accord.testing.AccordIntegrationStack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `make bench`: the packaged application as its own process, started as an operator starts it
 * ({@code deploy/app/jvm.options}): its time to the first answered request, and its resident memory while 200 members
 * sign in, read pages and call the API at once, read from {@code /proc/<pid>/status}.
 */
class PackagedAppBenchmark {

    private static final int MEMBERS = 200;
    private static final Duration LOAD = Duration.ofSeconds(60);
    private static final long RSS_LIMIT_KB = 512 * 1024;
    private static final List<String> USERS = List.of("ada", "mo", "eli", "liv", "uma", "ula", "ucs", "emi", "eva",
            "ecs");
    private static final Path REPORT = Path.of("target/bench/packaged-app.md");

    @Test
    void twoHundredMembers_stayUnder512MegabytesResident() throws Exception {
        Map<String, String> config = new HashMap<>(new AccordIntegrationStack().start());
        config.put("quarkus.datasource.jdbc.url", freshDatabase(config.get("quarkus.datasource.jdbc.url")));
        List<String> tokens = USERS.stream()
                .map(user -> Tokens.forUser(config.get("quarkus.oidc.auth-server-url"), user, Tokens.DEMO_PASSWORD))
                .toList();
        Instant launched = Instant.now();
        try (PackagedApp app = PackagedApp.start("bench", config)) {
            Duration boot = untilFirstAnswer(app, launched);
            app.awaitReady(Duration.ofMinutes(1));
            long idleKb = status(app.pid(), "VmRSS:");
            AtomicLong requests = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            AtomicLong peakKb = new AtomicLong();
            Instant end = Instant.now().plus(LOAD);
            ExecutorService members = Executors.newVirtualThreadPerTaskExecutor();
            HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
            for (int member = 0; member < MEMBERS; member++) {
                String token = tokens.get(member % tokens.size());
                List<URI> pages = List.of(app.url("/"), app.url("/api/me"), app.url("/api/standards"),
                        app.url("/api/ballots/mine"));
                members.execute(() -> {
                    for (int i = 0; Instant.now().isBefore(end); i++) {
                        HttpRequest request = HttpRequest.newBuilder(pages.get(i % pages.size()))
                                .header("Authorization", "Bearer " + token).build();
                        try {
                            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            (status < 500 ? requests : failures).incrementAndGet();
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
            while (Instant.now().isBefore(end)) {
                peakKb.accumulateAndGet(status(app.pid(), "VmRSS:"), Math::max);
                Thread.sleep(250);
            }
            members.shutdown();
            assertThat(members.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            long highWaterKb = status(app.pid(), "VmHWM:");

            String report = """
                    # Packaged application benchmark

                    `java @deploy/app/jvm.options -jar quarkus-run.jar`, production profile, as its own process.
                    %d members (%d accounts) for %d s, each sending GET /, /api/me, /api/standards and /api/ballots/mine in turn.

                    | measure | value |
                    |---|---|
                    | launch to first answered request | %,d ms |
                    | resident memory, ready and idle | %,d MB |
                    | resident memory under load, peak of samples every 250 ms | %,d MB |
                    | resident memory, high-water mark (VmHWM) | %,d MB |
                    | requests answered (below 500) | %,d (%,.0f/s) |
                    | requests failed (5xx or I/O) | %,d |
                    """
                    .formatted(MEMBERS, USERS.size(), LOAD.toSeconds(), boot.toMillis(), idleKb / 1024,
                            peakKb.get() / 1024, highWaterKb / 1024, requests.get(),
                            requests.get() / (double) LOAD.toSeconds(),
                            failures.get());
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report);
            System.out.println(report);
            assertThat(highWaterKb).as("VmHWM in kB").isLessThanOrEqualTo(RSS_LIMIT_KB);
        }
    }

    private static Duration untilFirstAnswer(PackagedApp app, Instant launched) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest home = HttpRequest.newBuilder(app.url("/")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = launched.plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && app.isRunning()) {
            try {
                if (client.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.between(launched, Instant.now());
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("No answer:\n" + app.log());
    }

    /** A database of its own: the module tests of the same run migrate the shared one with their test modules. */
    private static String freshDatabase(String sharedUrl) throws SQLException {
        String name = "accord_bench_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(sharedUrl, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return sharedUrl.substring(0, sharedUrl.lastIndexOf('/') + 1) + name;
    }

    /** A field of /proc/<pid>/status in kB, such as VmRSS (resident now) or VmHWM (the most it ever was). */
    private static long status(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith(field)).findFirst()
                .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").strip()))
                .orElseThrow();
    }
}
