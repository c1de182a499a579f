package org.accord.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.accord.app.e2e.PackagedApp;
import org.accord.app.e2e.Tokens;
import org.accord.testing.AccordIntegrationStack;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * `make bench`: redlines at the size limits, asked of the packaged application run as an operator runs it (its own
 * process, production profile, {@code deploy/app/jvm.options}), so that the load generator (this JVM) neither shares
 * the application's heap and collector nor the configuration no operator runs. Every diff is of two revisions never
 * diffed before (so none comes from the cache), each an unrelated 100,000-character text with a 300-character heading.
 * Measured alone, then ten at once beside a plain GET of a standard, whose latency is compared with the same GET
 * measured alone in the same run.
 */
class DiffBenchmark {

    private static final Path REPORT = Path.of("target/bench/diff.md");
    private static final int TEXT_LIMIT = 100_000;
    private static final int HEADING_LIMIT = 300;
    private static final int REVISIONS = 20;
    private static final int CONCURRENT = 10;
    private static final int EACH = 12;
    private static final int VERSION_CLAUSES = 10;
    private static final int VERSIONS = 4;
    private static final String[] WORDS = {"developers", "shall", "publish", "the", "weights", "and", "code", "used",
            "to", "train", "them", "under", "an", "open", "licence", "together", "with", "a", "description", "of",
            "data"};

    private final Random random = new Random(13);
    private final HttpClient http = HttpClient.newHttpClient();
    private PackagedApp app;
    private String editorToken;
    private String memberToken;

    @Test
    void worstCaseRedlines_boundedAndBesideOtherRequests() throws Exception {
        Map<String, String> config = new HashMap<>(new AccordIntegrationStack().start());
        config.put("quarkus.datasource.jdbc.url",
                PackagedApp.freshDatabase(config.get("quarkus.datasource.jdbc.url")));
        String realm = config.get("quarkus.oidc.auth-server-url");
        editorToken = Tokens.forUser(realm, "eli", Tokens.DEMO_PASSWORD);
        memberToken = Tokens.forUser(realm, "uma", Tokens.DEMO_PASSWORD);
        try (PackagedApp started = PackagedApp.start("diff-bench", config).awaitReady(Duration.ofMinutes(2))) {
            app = started;
            measure();
        }
    }

    private void measure() throws Exception {
        String plain = standard("Plain");
        for (int i = 0; i < 20; i++) {
            clause(plain, "Clause " + i, text(600));
        }
        String standard = standard("Redlines");
        String clause = clause(standard, text(HEADING_LIMIT), text(TEXT_LIMIT));
        for (int i = 1; i < REVISIONS; i++) {
            revise(standard, clause, text(HEADING_LIMIT), text(TEXT_LIMIT));
        }
        Queue<int[]> pairs = new ConcurrentLinkedQueue<>();
        for (int from = 1; from <= REVISIONS; from++) {
            for (int to = 1; to <= REVISIONS; to++) {
                if (from != to) {
                    pairs.add(new int[]{from, to});
                }
            }
        }
        String clauseDiff = "/api/standards/" + standard + "/clauses/" + clause + "/diff";
        Runnable diff = () -> {
            int[] pair = pairs.remove();
            whole(read(clauseDiff + "?from=" + pair[0] + "&to=" + pair[1]));
        };
        Runnable get = () -> read("/api/standards/" + plain);

        repeat(20, diff);
        repeat(300, get);
        double[] getAlone = Latencies.percentiles(Latencies.each(300, get));
        double[] diffAlone = Latencies.percentiles(Latencies.each(40, diff));
        List<Double> getBeside = new ArrayList<>();
        List<Double> diffsAtOnce = concurrently(diff, get, getBeside);
        double[] getLoaded = Latencies.percentiles(getBeside.stream().mapToDouble(Double::doubleValue).toArray());
        double[] diffLoaded = Latencies.percentiles(diffsAtOnce.stream().mapToDouble(Double::doubleValue).toArray());
        Runnable cachedDiff = () -> whole(read(clauseDiff + "?from=1&to=2"));
        cachedDiff.run();
        double[] cached = Latencies.percentiles(Latencies.each(40, cachedDiff));
        double[] versionDiff = versionDiffs();

        String report = """
                # Diff benchmark

                Worst-case redlines at the size limits, asked of the packaged application in its own process
                (production profile, `deploy/app/jvm.options`): two unrelated clause texts of %,d characters (prose
                from a small vocabulary, so words repeat everywhere) with %,d-character headings. No diff is served
                from the cache unless the row says so: each is of a pair of revisions not diffed before. The load
                comes from the benchmark's JVM (the JDK's HTTP client), which reads every answer to its end and keeps
                none.

                | measure | samples | p50 (ms) | p99 (ms) |
                |---|---|---|---|
                | clause redline alone | 40 | %.0f | %.0f |
                | clause redline, %d at once | %d | %.0f | %.0f |
                | clause redline from the cache | 40 | %.1f | %.1f |
                | version redline, %d clauses of %,d characters all rewritten, alone | %d | %.0f | %.0f |
                | plain GET of a standard, alone | 300 | %.1f | %.1f |
                | plain GET of a standard, beside %d redlines at once | %d | %.1f | %.1f |

                The plain GET's p99 beside the redlines is %.2f× its p99 alone.
                """.formatted(TEXT_LIMIT, HEADING_LIMIT, diffAlone[0], diffAlone[1], CONCURRENT, diffsAtOnce.size(),
                diffLoaded[0], diffLoaded[1], cached[0], cached[1], VERSION_CLAUSES, TEXT_LIMIT,
                VERSIONS * (VERSIONS - 1), versionDiff[0], versionDiff[1], getAlone[0], getAlone[1], CONCURRENT,
                getBeside.size(), getLoaded[0], getLoaded[1], getLoaded[1] / getAlone[1]);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
    }

    /** @return the latencies of the redlines; those of the GETs made meanwhile go to {@code getLatencies} */
    private static List<Double> concurrently(Runnable diff, Runnable get, List<Double> getLatencies)
            throws Exception {
        List<Double> diffLatencies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT + 1);
        AtomicBoolean diffing = new AtomicBoolean(true);
        try {
            Future<?> getter = pool.submit(() -> {
                while (diffing.get()) {
                    getLatencies.add(Latencies.once(get));
                }
            });
            List<Future<double[]>> differs = new ArrayList<>();
            for (int w = 0; w < CONCURRENT; w++) {
                differs.add(pool.submit(() -> Latencies.each(EACH, diff)));
            }
            for (Future<double[]> differ : differs) {
                Arrays.stream(differ.get()).forEach(diffLatencies::add);
            }
            diffing.set(false);
            getter.get();
        } finally {
            pool.shutdown();
        }
        return diffLatencies;
    }

    private double[] versionDiffs() {
        String standard = standard("Version redlines");
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < VERSION_CLAUSES; i++) {
            clauses.add(clause(standard, text(HEADING_LIMIT), text(TEXT_LIMIT)));
        }
        List<String> published = new ArrayList<>();
        for (int v = 0; v < VERSIONS; v++) {
            if (v > 0) {
                for (String clause : clauses) {
                    revise(standard, clause, text(HEADING_LIMIT), text(TEXT_LIMIT));
                }
            }
            String location = editor().contentType(ContentType.JSON).when()
                    .post(app.url("/api/standards/" + standard + "/versions")).then()
                    .statusCode(201).extract().header("Location");
            published.add(location.substring(location.lastIndexOf('/') + 1));
        }
        List<Double> millis = new ArrayList<>();
        for (String from : published) {
            for (String to : published) {
                if (!from.equals(to)) {
                    millis.add(Latencies.once(() -> whole(read("/api/standards/" + standard + "/diff?from=" + from
                            + "&to=" + to))));
                }
            }
        }
        return Latencies.percentiles(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private String standard(String title) {
        return editor().contentType(ContentType.JSON)
                .body(Map.of("reference", "D" + UUID.randomUUID().toString().substring(0, 8), "title", title,
                        "scope", "Generated"))
                .when().post(app.url("/api/standards")).then().statusCode(201).extract().path("id");
    }

    private String clause(String standard, String heading, String text) {
        return editor().contentType(ContentType.JSON)
                .body(Map.of("kind", "CLAUSE", "heading", heading, "text", text)).when()
                .post(app.url("/api/standards/" + standard + "/clauses")).then().statusCode(201).extract().path("id");
    }

    private void revise(String standard, String clause, String heading, String text) {
        String path = "/api/standards/" + standard + "/clauses/" + clause;
        String current = editor().when().get(app.url(path)).then().statusCode(200).extract()
                .path("clause.revisionId");
        editor().contentType(ContentType.JSON).body(Map.of("baseRevisionId", current, "heading", heading, "text",
                text, "rationale", "Rewritten")).when().put(app.url(path)).then().statusCode(200);
    }

    private RequestSpecification editor() {
        return given().auth().oauth2(editorToken);
    }

    /**
     * A GET as a member, its answer read to the end and counted, not kept: the load generator does no more than a lean
     * HTTP client would (REST Assured would keep a pretty-printed copy of every answer for a failure log).
     *
     * @return how many bytes the answer had
     */
    private long read(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(app.url(pathAndQuery))
                .header("Authorization", "Bearer " + memberToken).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                long length = body.transferTo(OutputStream.nullOutputStream());
                if (response.statusCode() != 200) {
                    throw new AssertionError(pathAndQuery + " answered " + response.statusCode());
                }
                return length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every redline is read to its end: at least the texts' length. */
    private static void whole(long length) {
        if (length < TEXT_LIMIT) {
            throw new AssertionError("A redline of " + length + " bytes is not the whole answer");
        }
    }

    /** Prose of exactly {@code length} characters: sentences of words drawn from a small vocabulary. */
    private String text(int length) {
        StringBuilder text = new StringBuilder(length + 20);
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        text.setLength(length - 1);
        return text.append('x').toString();
    }

    private static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }
}
