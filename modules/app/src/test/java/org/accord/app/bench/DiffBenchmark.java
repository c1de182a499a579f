package org.accord.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.drafting.internal.domain.ClauseKind;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;

/**
 * `make bench`: redlines at the size limits. Every diff is of two revisions never diffed before (so none comes from the
 * cache), each an unrelated 100,000-character text with a 300-character heading. Measured alone, then ten at once
 * beside a plain GET of a standard, whose latency is compared with the same GET measured alone in the same run.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class DiffBenchmark {

    private static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));
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

    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    VersionPublishing versions;

    @TestHTTPResource("/")
    URI base;

    private final Random random = new Random(13);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void worstCaseRedlines_boundedAndBesideOtherRequests() throws Exception {
        UUID plain = standard("Plain", 20);
        UUID standard = standard("Redlines", 0);
        UUID clause = editing.add(EDITOR, standard, null, 0, "CLAUSE", text(HEADING_LIMIT), text(TEXT_LIMIT));
        UUID revision = null;
        for (int i = 1; i < REVISIONS; i++) {
            revision = editing.revise(EDITOR, standard, clause, revision == null
                    ? current(standard, clause)
                    : revision, text(HEADING_LIMIT), text(TEXT_LIMIT), "Rewritten");
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
        double[] getAlone = percentiles(time(300, get));
        double[] diffAlone = percentiles(time(40, diff));
        List<Double> getBeside = new ArrayList<>();
        List<Double> diffsAtOnce = concurrently(diff, get, getBeside);
        double[] getLoaded = percentiles(getBeside.stream().mapToDouble(Double::doubleValue).toArray());
        double[] diffLoaded = percentiles(diffsAtOnce.stream().mapToDouble(Double::doubleValue).toArray());
        Runnable cachedDiff = () -> whole(read(clauseDiff + "?from=1&to=2"));
        cachedDiff.run();
        double[] cached = percentiles(time(40, cachedDiff));
        double[] versionDiff = versionDiffs();

        String report = """
                # Diff benchmark

                Worst-case redlines at the size limits: two unrelated clause texts of %,d characters (prose from a
                small vocabulary, so words repeat everywhere) with %,d-character headings. No diff is served from
                the cache unless the row says so: each is of a pair of revisions not diffed before. The client
                (the JDK's HTTP client, in the same JVM) reads every answer to its end and keeps none.

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
                    getLatencies.add(timeOnce(get));
                }
            });
            List<Future<double[]>> differs = new ArrayList<>();
            for (int w = 0; w < CONCURRENT; w++) {
                differs.add(pool.submit(() -> time(EACH, diff)));
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
        UUID standard = standard("Version redlines", 0);
        List<ClauseEditing.NewClause> clauses = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < VERSION_CLAUSES; i++) {
            clauses.add(new ClauseEditing.NewClause(null, ClauseKind.CLAUSE, text(HEADING_LIMIT), text(TEXT_LIMIT)));
            ids.add(UUID.randomUUID());
        }
        editing.append(EDITOR, standard, clauses, ids);
        List<UUID> published = new ArrayList<>();
        for (int v = 0; v < VERSIONS; v++) {
            if (v > 0) {
                for (UUID clause : ids) {
                    editing.revise(EDITOR, standard, clause, current(standard, clause), text(HEADING_LIMIT),
                            text(TEXT_LIMIT), "Rewritten");
                }
            }
            published.add(versions.publish(EDITOR, standard));
        }
        List<Double> millis = new ArrayList<>();
        for (UUID from : published) {
            for (UUID to : published) {
                if (!from.equals(to)) {
                    millis.add(timeOnce(() -> whole(read("/api/standards/" + standard + "/diff?from=" + from
                            + "&to=" + to))));
                }
            }
        }
        return percentiles(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private UUID standard(String title, int clauses) {
        UUID id = standards.create(EDITOR, "D" + UUID.randomUUID().toString().substring(0, 8), title, "Generated",
                List.of());
        for (int i = 0; i < clauses; i++) {
            editing.add(EDITOR, id, null, i, "CLAUSE", "Clause " + i, text(600));
        }
        return id;
    }

    /**
     * A GET as a bench member, its answer read to the end and counted, not kept. The client shares the two processors
     * with the server, so it does no more than a lean HTTP client would: REST Assured would keep a pretty-printed copy
     * of every answer for a failure log, which for a redline of megabytes costs more than the server's whole answer.
     *
     * @return how many bytes the answer had
     */
    private long read(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header(BenchUsers.HEADER, "bench-member").build();
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

    private static UUID current(UUID standard, UUID clause) {
        return UUID.fromString(given().header(BenchUsers.HEADER, "bench-member").when()
                .get("/api/standards/" + standard + "/clauses/" + clause).then().statusCode(200).extract()
                .path("clause.revisionId"));
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

    private static double[] time(int rounds, Runnable action) {
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            millis[i] = timeOnce(action);
        }
        return millis;
    }

    private static double timeOnce(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** @return p50 and p99 */
    private static double[] percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new double[]{sorted[sorted.length / 2], sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.99) - 1)]};
    }
}
