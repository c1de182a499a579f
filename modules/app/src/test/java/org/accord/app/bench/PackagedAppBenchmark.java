package org.accord.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.accord.app.e2e.PackagedApp;
import org.accord.app.e2e.Tokens;
import org.accord.testing.AccordIntegrationStack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `make bench`: the packaged application as its own process, started as an operator starts it
 * ({@code deploy/app/jvm.options}): its time to the first answered request, and its resident memory while 200 members
 * sign in, read pages and call the API at once, read from {@code /proc/<pid>/status}; and the same of a bare Quarkus
 * REST application ({@code bench/bare-app}, built by `make bench` in the same run) under the same JVM options and load.
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
        config.put("quarkus.datasource.jdbc.url", PackagedApp.freshDatabase(config.get("quarkus.datasource.jdbc.url")));
        List<String> tokens = USERS.stream()
                .map(user -> Tokens.forUser(config.get("quarkus.oidc.auth-server-url"), user, Tokens.DEMO_PASSWORD))
                .toList();
        Run accord;
        Instant launched = Instant.now();
        try (PackagedApp app = PackagedApp.start("bench", config)) {
            accord = run(launched, app, tokens, "/", "/api/me", "/api/standards", "/api/ballots/mine");
        }
        Run bare;
        launched = Instant.now();
        try (PackagedApp app = PackagedApp.start("bare", Path.of(System.getProperty("accord.bare-app.jar")),
                Map.of())) {
            bare = run(launched, app, tokens, "/");
        }

        String report = """
                # Packaged application benchmark

                `java @deploy/app/jvm.options -jar quarkus-run.jar`, production profile, as its own process, next to a
                bare Quarkus REST application (`bench/bare-app`: one endpoint, same Quarkus version and JVM options) built
                in the same run. %d members (%d accounts) for %d s each: against Accord each sends GET /, /api/me,
                /api/standards and /api/ballots/mine in turn; against the bare application GET /.

                | measure | Accord | bare Quarkus REST | ratio |
                |---|---|---|---|
                | launch to first answered request | %,d ms | %,d ms | %.1f× |
                | resident memory, ready and idle | %,d MB | %,d MB | %.1f× |
                | resident memory under load, peak of samples every 250 ms | %,d MB | %,d MB | %.1f× |
                | resident memory, high-water mark (VmHWM) | %,d MB | %,d MB | %.1f× |
                | requests answered (below 500) | %,d (%,.0f/s) | %,d (%,.0f/s) | |
                | requests failed (5xx or I/O) | %,d | %,d | |
                """
                .formatted(MEMBERS, USERS.size(), LOAD.toSeconds(), accord.boot().toMillis(), bare.boot().toMillis(),
                        ratio(accord.boot().toMillis(), bare.boot().toMillis()), accord.idleKb() / 1024,
                        bare.idleKb() / 1024, ratio(accord.idleKb(), bare.idleKb()), accord.peakKb() / 1024,
                        bare.peakKb() / 1024, ratio(accord.peakKb(), bare.peakKb()), accord.highWaterKb() / 1024,
                        bare.highWaterKb() / 1024, ratio(accord.highWaterKb(), bare.highWaterKb()), accord.requests(),
                        accord.requests() / (double) LOAD.toSeconds(), bare.requests(),
                        bare.requests() / (double) LOAD.toSeconds(), accord.failures(), bare.failures());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
        assertThat(accord.highWaterKb()).as("VmHWM in kB").isLessThanOrEqualTo(RSS_LIMIT_KB);
    }

    /** What one application did: its boot time, its resident memory idle and under load, and what it answered. */
    private record Run(Duration boot, long idleKb, long peakKb, long highWaterKb, long requests, long failures) {
    }

    private static Run run(Instant launched, PackagedApp app, List<String> tokens, String... paths)
            throws Exception {
        Duration boot = untilFirstAnswer(app, launched, paths[0]);
        // Accord says when it is ready (migrations, consumers); the bare application is ready when it answers.
        if (paths.length > 1) {
            app.awaitReady(Duration.ofMinutes(1));
        }
        long idleKb = status(app.pid(), "VmRSS:");
        AtomicLong requests = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong peakKb = new AtomicLong();
        Instant end = Instant.now().plus(LOAD);
        ExecutorService members = Executors.newVirtualThreadPerTaskExecutor();
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        List<URI> pages = Stream.of(paths).map(app::url).toList();
        for (int member = 0; member < MEMBERS; member++) {
            String token = tokens.get(member % tokens.size());
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
        return new Run(boot, idleKb, peakKb.get(), status(app.pid(), "VmHWM:"), requests.get(), failures.get());
    }

    private static double ratio(long accord, long bare) {
        return bare == 0 ? 0 : accord / (double) bare;
    }

    private static Duration untilFirstAnswer(PackagedApp app, Instant launched, String path)
            throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest home = HttpRequest.newBuilder(app.url(path)).timeout(Duration.ofSeconds(5)).build();
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
    /** A field of /proc/<pid>/status in kB, such as VmRSS (resident now) or VmHWM (the most it ever was). */
    private static long status(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith(field)).findFirst()
                .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").strip()))
                .orElseThrow();
    }
}
