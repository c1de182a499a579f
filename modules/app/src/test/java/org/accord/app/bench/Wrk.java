package org.accord.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The external load generator: wrk, a native process of its own, so the load takes nothing from the heap, collector or
 * compiler of either the application or the benchmark's JVM. A Lua script gives each request the next of the given
 * paths, members' tokens and bodies. Every answer must be a success: a load run that measured refusals would measure
 * nothing. The CPU wrk used is read from the shell that ran it ({@code times}).
 */
final class Wrk {

    private static final int THREADS = 2;
    private static final Pattern CHILD_TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s\\s*$");

    private Wrk() {
    }

    /** What one wrk run sends: {@code connections} members at once for {@code duration}, requests taken in turn. */
    record Load(String method, URI base, List<String> paths, List<String> tokens, List<String> bodies,
            int connections, Duration duration) {

        static Load get(URI base, List<String> paths, List<String> tokens, int connections, Duration duration) {
            return new Load("GET", base, paths, tokens, List.of(), connections, duration);
        }
    }

    /** @return requests per second, latency p50 and p99, and wrk's share of the machine's processors */
    static Sample run(Load load) {
        Path work = null;
        try {
            work = Files.createTempDirectory("wrk");
            Path script = work.resolve("requests.lua");
            try (InputStream resource = Wrk.class.getResourceAsStream("/bench/requests.lua")) {
                Files.copy(resource, script, StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> command = new ArrayList<>(List.of("bash", "-c", "wrk \"$@\"; status=$?; times; exit $status",
                    "wrk", "--threads", String.valueOf(THREADS), "--connections",
                    String.valueOf(load.connections()), "--duration", load.duration().toSeconds() + "s",
                    "--timeout", "30s", "--script", script.toString(), load.base().toString(), "--",
                    load.method(), lines(work, "paths", load.paths()), lines(work, "tokens", load.tokens()),
                    load.bodies().isEmpty() ? "-" : lines(work, "bodies", load.bodies()),
                    String.valueOf(THREADS)));
            long started = System.nanoTime();
            Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed:\n" + output);
            }
            double wallSeconds = (System.nanoTime() - started) / 1e9;
            return sample(output, wallSeconds);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run wrk (`make bench` installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            delete(work);
        }
    }

    private static void delete(Path work) {
        if (work == null) {
            return;
        }
        try (var files = Files.list(work)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sample sample(String output, double wallSeconds) throws IOException {
        String result = output.lines().filter(line -> line.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk wrote no result:\n" + output)).substring(7);
        JsonNode figures = new ObjectMapper().readTree(result);
        long requests = figures.get("requests").asLong();
        if (figures.get("statusErrors").asLong() > 0 || figures.get("socketErrors").asLong() > 0 || requests == 0) {
            throw new IllegalStateException("wrk saw failed requests:\n" + output);
        }
        Matcher times = CHILD_TIMES.matcher(output.strip());
        if (!times.find()) {
            throw new IllegalStateException("No CPU times after wrk:\n" + output);
        }
        double cpuSeconds = Integer.parseInt(times.group(1)) * 60 + Double.parseDouble(times.group(2))
                + Integer.parseInt(times.group(3)) * 60 + Double.parseDouble(times.group(4));
        double seconds = figures.get("durationMicros").asLong() / 1e6;
        return new Sample(requests / seconds, figures.get("p50Micros").asLong() / 1e3,
                figures.get("p99Micros").asLong() / 1e3,
                cpuSeconds / (wallSeconds * Runtime.getRuntime().availableProcessors()));
    }

    private static String lines(Path work, String name, List<String> lines) throws IOException {
        return Files.write(work.resolve(name), lines).toString();
    }
}
