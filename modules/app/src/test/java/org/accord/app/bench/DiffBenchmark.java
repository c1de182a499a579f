package org.accord.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
import org.junit.jupiter.api.Tag;
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
@Tag("diff")
class DiffBenchmark {

    private static final int TEXT_LIMIT = 100_000;
    private static final int HEADING_LIMIT = 300;
    // Each run takes 40 + 10 × 12 pairs never diffed before: 27 revisions give 702 pairs for the warm-up and 3 runs.
    private static final int REVISIONS = 27;
    private static final int CONCURRENT = 10;
    private static final int EACH = 12;
    private static final int VERSION_CLAUSES = 10;
    // 8 versions give 56 pairs: 12 for the warm-up and for each of the 3 runs.
    private static final int VERSIONS = 8;
    private static final int VERSION_PAIRS_PER_RUN = 12;
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
        BenchStack stack = BenchStack.start();
        editorToken = stack.token("eli");
        memberToken = stack.token("uma");
        try (PackagedApp started = stack.startApp("diff-bench")) {
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
        Queue<int[]> pairs = new ConcurrentLinkedQueue<>(pairs(REVISIONS));
        String clauseDiff = "/api/standards/" + standard + "/clauses/" + clause + "/diff";
        Runnable diff = () -> {
            int[] pair = pairs.remove();
            whole(read(clauseDiff + "?from=" + pair[0] + "&to=" + pair[1]));
        };
        Runnable get = () -> read("/api/standards/" + plain);
        Runnable cachedDiff = () -> whole(read(clauseDiff + "?from=1&to=2"));
        Runnable readClause = () -> whole(read("/api/standards/" + standard + "/clauses/" + clause));
        VersionReads versions = versionDiffs();

        Trials trials = new Trials();
        for (int run : Trials.runs()) {
            trials.add("get alone", Sample.latencies(Latencies.each(300, get)));
            trials.add("diff alone", Sample.latencies(Latencies.each(40, diff)));
            concurrently(diff, get, trials);
            trials.add("cached", Sample.latencies(Latencies.each(40, cachedDiff)));
            trials.add("clause read", Sample.latencies(Latencies.each(40, readClause)));
            trials.add("version", Sample.latencies(Latencies.each(VERSION_PAIRS_PER_RUN, versions.diff())));
            trials.add("version read", Sample.latencies(Latencies.each(VERSION_PAIRS_PER_RUN, versions.read())));
        }

        BenchReport report = new BenchReport("diff", "Diff benchmark", """
                Worst-case redlines at the size limits, asked of the packaged application in its own process
                (production profile, `deploy/app/jvm.options`): two unrelated clause texts of %,d characters (prose
                from a small vocabulary, so words repeat everywhere) with %,d-character headings. No diff is served
                from the cache unless the row says so: each is of a pair of revisions not diffed before. The load
                comes from the benchmark's JVM (the JDK's HTTP client), which reads every answer to its end and keeps
                none; its CPU share is shown for the concurrent rows. Ceilings: reading the same texts without a
                redline (the clause, and the version as JSON), and the same plain GET of a standard alone.
                """.formatted(TEXT_LIMIT, HEADING_LIMIT));
        Trials.Figure getAlone = trials.figure("get alone");
        report.add("plain GET of a standard, alone (ceiling)", "ms", getAlone);
        Trials.Figure clauseRead = trials.figure("clause read");
        Trials.Figure versionRead = trials.figure("version read");
        report.add("GET of the clause, its %,d-character text without a redline (ceiling)".formatted(TEXT_LIMIT),
                "ms", clauseRead);
        report.add("GET of the version as JSON, without a redline (ceiling)", "ms", versionRead);
        report.add("clause redline alone", "ms", trials.figure("diff alone")).against("GET of the clause", clauseRead)
                .goal(BenchReport.Goal.atMost("p99", 250, "#9"));
        report.add("clause redline, %d at once".formatted(CONCURRENT), "ms", trials.figure("diffs at once"))
                .against("GET of the clause", clauseRead);
        report.add("clause redline from the cache", "ms", trials.figure("cached"))
                .against("GET of the clause", clauseRead);
        report.add("version redline, %d clauses of %,d characters all rewritten".formatted(VERSION_CLAUSES,
                TEXT_LIMIT), "ms", trials.figure("version")).against("GET of the version", versionRead)
                .goal(BenchReport.Goal.atMost("p99", 250, "#9"));
        report.add("plain GET of a standard, beside %d redlines at once".formatted(CONCURRENT), "ms",
                trials.figure("get beside")).against("the same GET alone", getAlone)
                .goal(BenchReport.Goal.atMost("p99Ratio", 2, "#9"));
        report.write();
    }

    /** Every ordered pair of distinct numbers from 1 to {@code count}, shuffled. */
    private List<int[]> pairs(int count) {
        List<int[]> pairs = new ArrayList<>();
        for (int from = 1; from <= count; from++) {
            for (int to = 1; to <= count; to++) {
                if (from != to) {
                    pairs.add(new int[]{from, to});
                }
            }
        }
        Collections.shuffle(pairs, random);
        return pairs;
    }

    /**
     * Ten clients ask for redlines while one more keeps asking for the plain GET; adds the samples of both, each with
     * the share of the processors this JVM (the load generator) used meanwhile.
     */
    private static void concurrently(Runnable diff, Runnable get, Trials trials) throws Exception {
        List<Double> getLatencies = new ArrayList<>();
        List<Double> diffLatencies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT + 1);
        AtomicBoolean diffing = new AtomicBoolean(true);
        long cpuBefore = ownCpuNanos();
        long start = System.nanoTime();
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
        double cpu = (ownCpuNanos() - cpuBefore) / ((System.nanoTime() - start)
                * (double) Runtime.getRuntime().availableProcessors());
        Sample diffs = Sample.latencies(diffLatencies.stream().mapToDouble(Double::doubleValue).toArray());
        Sample gets = Sample.latencies(getLatencies.stream().mapToDouble(Double::doubleValue).toArray());
        trials.add("diffs at once", new Sample(diffs.value(), diffs.p50(), diffs.p99(), cpu));
        trials.add("get beside", new Sample(gets.value(), gets.p50(), gets.p99(), cpu));
    }

    private static long ownCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    /** A redline between two versions not diffed before, each time it runs; and a read of one of the versions. */
    private record VersionReads(Runnable diff, Runnable read) {
    }

    private VersionReads versionDiffs() {
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
        Queue<int[]> pairs = new ArrayDeque<>(pairs(VERSIONS));
        return new VersionReads(() -> {
            int[] pair = pairs.remove();
            whole(read("/api/standards/" + standard + "/diff?from=" + published.get(pair[0] - 1) + "&to="
                    + published.get(pair[1] - 1)));
        }, () -> whole(read("/api/standards/" + standard + "/versions/" + published.get(VERSIONS - 1))));
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
}
