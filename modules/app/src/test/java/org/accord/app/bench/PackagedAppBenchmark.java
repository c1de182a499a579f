package org.accord.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.accord.app.e2e.PackagedApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * `make bench BENCH=footprint`: the packaged application as its own process, started as an operator starts it
 * ({@code deploy/app/jvm.options}): its time to the first answered request, and its resident memory while 200 members
 * read pages and call the API at once (wrk), read from {@code /proc/<pid>/status}; and the same of a bare Quarkus REST
 * application ({@code bench/bare-app}, built by `make bench` in the same run) under the same JVM options and load.
 */
@Tag("footprint")
class PackagedAppBenchmark {

    private static final int MEMBERS = 200;
    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final double RSS_LIMIT_MB = 512;
    private static final List<String> USERS = List.of("ada", "mo", "eli", "liv", "uma", "ula", "ucs", "emi", "eva",
            "ecs");
    private static final List<String> ACCORD_PATHS = List.of("/", "/api/me", "/api/standards", "/api/ballots/mine");

    @Test
    void twoHundredMembers_againstABareQuarkusApplication() throws Exception {
        BenchStack stack = BenchStack.start();
        List<String> tokens = USERS.stream().map(stack::token).toList();
        Path bareJar = Path.of(System.getProperty("accord.bare-app.jar"));
        Trials trials = new Trials();
        for (int run : Trials.runs()) {
            Instant launched = Instant.now();
            try (PackagedApp app = PackagedApp.start("footprint-" + run, stack.config())) {
                record("accord", run(launched, app, tokens, ACCORD_PATHS), trials);
            }
            launched = Instant.now();
            try (PackagedApp app = PackagedApp.start("bare-" + run, bareJar, Map.of())) {
                record("bare", run(launched, app, tokens, List.of("/")), trials);
            }
        }

        BenchReport report = new BenchReport("footprint", "Packaged application benchmark", """
                `java @deploy/app/jvm.options -jar quarkus-run.jar`, production profile, as its own process, next to a
                bare Quarkus REST application (`bench/bare-app`: one endpoint, same Quarkus version and JVM options)
                built in the same run, each started afresh for every run. wrk sends %d members' requests (%d accounts)
                for %d s: against Accord GET /, /api/me, /api/standards and /api/ballots/mine in turn; against the bare
                application GET /. Ceiling: the bare application.
                """.formatted(MEMBERS, USERS.size(), LOAD.toSeconds()));
        for (String[] measure : new String[][]{{"boot", "launch to first answered request", "ms"},
                {"idle", "resident memory, ready and idle", "MB"},
                {"peak", "resident memory under load, peak of samples every 250 ms", "MB"},
                {"hwm", "resident memory, high-water mark (VmHWM)", "MB"},
                {"load", "requests answered under the 200-member load", "requests/s"}}) {
            BenchReport.Entry entry = report.add(measure[1], measure[2], trials.figure("accord " + measure[0]))
                    .against("bare Quarkus REST", trials.figure("bare " + measure[0]));
            if (measure[0].equals("hwm")) {
                entry.goal(BenchReport.Goal.atMost("value", RSS_LIMIT_MB, "#9"));
            }
        }
        report.write();
    }

    /** What one application did: its boot time, its resident memory idle and under load, and what it answered. */
    private record Run(Duration boot, double idleMb, double peakMb, double highWaterMb, Sample load) {
    }

    private static void record(String application, Run run, Trials trials) {
        trials.add(application + " boot", Sample.of(run.boot().toMillis()));
        trials.add(application + " idle", Sample.of(run.idleMb()));
        trials.add(application + " peak", Sample.of(run.peakMb()));
        trials.add(application + " hwm", Sample.of(run.highWaterMb()));
        trials.add(application + " load", run.load());
    }

    private static Run run(Instant launched, PackagedApp app, List<String> tokens, List<String> paths)
            throws Exception {
        Duration boot = untilFirstAnswer(app, launched, paths.get(0));
        // Accord says when it is ready (migrations, consumers); the bare application is ready when it answers.
        if (paths.size() > 1) {
            app.awaitReady(Duration.ofMinutes(1));
        }
        double idleMb = status(app.pid(), "VmRSS:");
        CompletableFuture<Sample> load = CompletableFuture
                .supplyAsync(() -> Wrk.run(Wrk.Load.get(app.url(""), paths, tokens, MEMBERS, LOAD)));
        double peakMb = idleMb;
        while (!load.isDone()) {
            peakMb = Math.max(peakMb, status(app.pid(), "VmRSS:"));
            Thread.sleep(250);
        }
        return new Run(boot, idleMb, peakMb, status(app.pid(), "VmHWM:"), load.get());
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

    /** A field of /proc/<pid>/status in MB, such as VmRSS (resident now) or VmHWM (the most it ever was). */
    private static double status(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").strip()))
                    .orElseThrow() / 1024.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
