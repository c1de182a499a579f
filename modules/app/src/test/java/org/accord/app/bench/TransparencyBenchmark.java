package org.accord.app.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.accord.app.backbone.ping.Pinging;
import org.accord.app.transparency.VerifyLog;
import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.platform.module.AccordModule;
import org.accord.platform.outbox.OutboxStore;
import org.accord.testing.AccordTestStack;
import org.accord.transparency.internal.app.LogAppender;
import org.accord.transparency.internal.app.LogQueries;
import org.accord.transparency.internal.app.LogQueries.HeadPage;
import org.accord.transparency.internal.app.LogQueries.SignedHead;
import org.accord.transparency.internal.log.MerkleTree;
import org.accord.transparency.internal.log.Subtree;
import org.accord.transparency.internal.log.SubtreeHashes;
import org.accord.transparency.internal.log.TreeHashes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * `make bench BENCH=transparency`: the public log. Appends through the log's writer, and real decisions from a module's
 * commit to their entry, next to the outbox's end-to-end rate in the same runs; the log then grown to 1,000,000
 * entries, exported and verified offline at 100,000, and proofs served at 1,000,000.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
@Tag("transparency")
class TransparencyBenchmark {

    private static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));
    private static final int EVENTS = 2_000;
    private static final int APPENDS = 2_000;
    private static final long VERIFIED = 100_000;
    private static final long PROVED = 1_000_000;
    private static final long LOAD_STEP = 100_000;
    private static final int PROOFS = 1_000;
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Inject
    Pinging pinging;
    @Inject
    DataSource dataSource;
    @Inject
    Instance<AccordModule> modules;
    @Inject
    OutboxStore outboxes;
    @Inject
    StandardsAdministration standards;
    @Inject
    LogAppender appender;
    @Inject
    LogQueries queries;
    @TempDir
    Path directory;

    @Test
    void appendsProofsAndOfflineVerification_againstTheOutboxEndToEnd() throws Exception {
        OutboxToConsumer outbox = new OutboxToConsumer(pinging, dataSource, modules, outboxes);
        outbox.awaitIdleRelay();
        Trials trials = new Trials();
        for (int run : Trials.runs()) {
            trials.add("outbox", outbox.run(EVENTS, 0).consumed());
            Logged logged = standardsLogged();
            trials.add("standards committed", Sample.of(logged.committed().value()));
            trials.add("relayed", logged.relayed());
            trials.add("logged", logged.entered());
            trials.add("drained", Sample.of(logged.drained()));
            trials.add("one writer", appends(1));
            trials.add("two writers", appends(2));
        }

        long loadedFrom = size();
        LogBulkLoad load = new LogBulkLoad();
        long loadStart = System.nanoTime();
        grow(load, VERIFIED);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        Path export = directory.resolve("accord-log.json");
        for (int run : Trials.runs()) {
            trials.add("export", Sample.of(Latencies.once(() -> export(export))));
            trials.add("export size", Sample.of(Files.size(export) / 1e6));
            trials.add("verification", Sample.of(verified(export)));
        }

        loadStart = System.nanoTime();
        for (long size = VERIFIED + LOAD_STEP; size <= PROVED; size += LOAD_STEP) {
            grow(load, size);
        }
        loadSeconds += (System.nanoTime() - loadStart) / 1e9;
        List<Long> signedSizes = signedSizes();
        Random random = new Random(20261201);
        for (int run : Trials.runs()) {
            inclusionProofs(trials, random);
            consistencyProofs(trials, random, signedSizes);
        }

        BenchReport report = new BenchReport("transparency", "Transparency log benchmark", """
                In the test's application. Per run: %1$,d ping events from commit to pong's effect (outbox, relay,
                Kafka, inbox: the outbox benchmark's end to end) and %1$,d standards created through drafting by %2$d
                writers, each StandardCreated relayed through Kafka to the log's consumer and recorded as a
                standard.created entry; then %3$,d appends through LogAppender, each its own transaction, by one writer
                and by two at once. The log was then grown from %4$,d to %5$,d entries by a bulk load of generated
                canonical entries with their leaf and subtree hashes (%6$.0f s in %7$d transactions of up to %8$,d
                entries, each checked against the root of the head signed at its size). At 100,000 entries: the export
                through LogQueries.export to a file and the offline verifier run on it as its own process (`verify-log
                --file`). At %5$,d entries: %9$,d inclusion proofs of random entries against the head of %5$,d, and
                %9$,d consistency proofs between random signed heads (%10$d sizes), through LogQueries, each its own
                transaction; the subtree hashes a proof reads are counted from the sizes (the entry and head rows come
                on top).
                """.formatted(EVENTS, OutboxToConsumer.WRITERS, APPENDS, loadedFrom, PROVED, loadSeconds,
                (PROVED - VERIFIED) / LOAD_STEP + 1, LOAD_STEP, PROOFS, signedSizes.size()));
        Trials.Figure outboxRate = trials.figure("outbox");
        Trials.Figure committed = trials.figure("standards committed");
        Trials.Figure oneWriter = trials.figure("one writer");
        report.add("outbox end to end, ping commit → pong's effect (ceiling)", "events/s", outboxRate);
        report.add("standards created, drafting's commits (ceiling)", "events/s", committed);
        report.add("standard created → its log entry committed (end to end)", "events/s", trials.figure("logged"))
                .against("outbox end to end", outboxRate).against("standards committed", committed);
        report.add("standard created → relayed and acknowledged by Kafka", "events/s", trials.figure("relayed"))
                .against("standards committed", committed);
        report.add("log's consumer draining its backlog after the last commit", "events/s",
                trials.figure("drained")).against("standards committed", committed);
        report.add("appends through LogAppender, one writer", "entries/s", oneWriter).against("outbox end to end",
                outboxRate);
        report.add("appends through LogAppender, two writers at once", "entries/s", trials.figure("two writers"))
                .against("one writer", oneWriter).against("outbox end to end", outboxRate);
        report.add("export of 100,000 entries to a file", "ms", trials.figure("export"));
        report.add("export file of 100,000 entries", "MB", trials.figure("export size"));
        report.add("offline verification of 100,000 entries, its own process", "ms", trials.figure("verification"));
        report.add("inclusion proof at 1,000,000 entries", "ms", trials.figure("inclusion"))
                .goal(BenchReport.Goal.atMost("p99", 10, "#12"));
        report.add("consistency proof between signed heads up to 1,000,000", "ms", trials.figure("consistency"))
                .goal(BenchReport.Goal.atMost("p99", 10, "#12"));
        report.add("subtree hashes an inclusion proof reads, most in a run", "rows", trials.figure("inclusion rows"))
                .goal(BenchReport.Goal.atMost("value", logReads(), "#12"));
        report.add("subtree hashes a consistency proof reads, most in a run", "rows",
                trials.figure("consistency rows")).goal(BenchReport.Goal.atMost("value", logReads(), "#12"));
        report.write();
    }

    /**
     * Drafting's commits; the same events from their commit to Kafka's acknowledgement of the relay's send and to their
     * entry in the log; and the rate at which the log took what was left once the writers had stopped.
     */
    private record Logged(Sample committed, Sample relayed, Sample entered, double drained) {
    }

    /** Standards created through drafting's use case, from their commit to their entry in the log. */
    private Logged standardsLogged() throws Exception {
        String prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
        UUID[] created = new UUID[EVENTS];
        PacedWriters.run(EVENTS, OutboxToConsumer.WRITERS, 0, i -> created[i] = standards.create(EDITOR, prefix + i,
                "Logged standard " + i, "A standard whose creation the public log records", List.of()));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> logged(created) == EVENTS);
        return new Logged(figures(created, "o.occurred_at"), figures(created, "o.sent_at"),
                figures(created, "e.logged_at"), drained(created));
    }

    /** Throughput from the first commit to the last {@code end}, and latency from each commit to its {@code end}. */
    private Sample figures(UUID[] standardIds, String end) throws SQLException {
        String sql = """
                select extract(epoch from max(%1$s) - min(o.occurred_at)),
                       percentile_cont(0.5) within group (order by extract(epoch from %1$s - o.occurred_at)),
                       percentile_cont(0.99) within group (order by extract(epoch from %1$s - o.occurred_at))
                from transparency.entry e join drafting.outbox o on o.event_id = e.source_event_id
                where e.type = 'standard.created' and e.standard_id = any(?)""".formatted(end);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", standardIds));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Sample(standardIds.length / rows.getDouble(1), rows.getDouble(2) * 1000,
                        rows.getDouble(3) * 1000, null);
            }
        }
    }

    /** The rate at which the log's consumer recorded what was left once the writers had stopped. */
    private double drained(UUID[] standardIds) throws SQLException {
        String sql = """
                with run as (select e.logged_at, max(o.occurred_at) over () as last_commit
                             from transparency.entry e join drafting.outbox o on o.event_id = e.source_event_id
                             where e.type = 'standard.created' and e.standard_id = any(?))
                select count(*) filter (where logged_at > last_commit)
                       / extract(epoch from max(logged_at) - max(last_commit))
                from run""";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", standardIds));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getDouble(1);
            }
        }
    }

    private long logged(UUID[] standardIds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from transparency.entry"
                        + " where type = 'standard.created' and standard_id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", standardIds));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Sample appends(int writers) throws Exception {
        double[] millis = new double[APPENDS];
        long start = System.nanoTime();
        PacedWriters.run(APPENDS, writers, 0, i -> millis[i] = Latencies.once(() -> appender
                .append(UUID.randomUUID(), LogBulkLoad.decision("bench.appended", Instant.now(), i))));
        return Sample.load(APPENDS / ((System.nanoTime() - start) / 1e9), millis, null);
    }

    /** Bulk-loads the log to {@code size} and waits for the head of that size, whose root must be the load's. */
    private void grow(LogBulkLoad load, long size) throws SQLException, IOException {
        String root = HexFormat.of().formatHex(load.growTo(size));
        SignedHead head = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> queries.head(size), Objects::nonNull);
        assertThat(head.rootHash()).as("the root signed at %,d entries", size).isEqualTo(root);
    }

    private void export(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            queries.export(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return how long the offline verifier took to accept the export, in ms */
    private static double verified(Path export) throws IOException, InterruptedException {
        long start = System.nanoTime();
        VerifyLog.Run run = VerifyLog.run("--file", export.toString());
        double millis = (System.nanoTime() - start) / 1e6;
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.verdict()).as("the verdict on the whole log at %,d entries", VERIFIED)
                .startsWith(String.format(Locale.ROOT, "OK: %,d entries, ", VERIFIED))
                .contains(String.format(Locale.ROOT, "latest head %,d root", VERIFIED));
        return millis;
    }

    private void inclusionProofs(Trials trials, Random random) {
        long[] seqs = random.longs(PROOFS, 0, PROVED).toArray();
        double[] millis = new double[PROOFS];
        for (int i = 0; i < PROOFS; i++) {
            long seq = seqs[i];
            millis[i] = Latencies.once(() -> queries.inclusionProof(seq, PROVED));
        }
        trials.add("inclusion", Sample.latencies(millis));
        trials.add("inclusion rows", Sample.of(Arrays.stream(seqs)
                .map(seq -> subtreesRead(hashes -> MerkleTree.inclusionPath(seq, PROVED, hashes))).max()
                .orElseThrow()));
    }

    private void consistencyProofs(Trials trials, Random random, List<Long> signedSizes) {
        long[][] pairs = new long[PROOFS][];
        for (int i = 0; i < PROOFS; i++) {
            long one = signedSizes.get(random.nextInt(signedSizes.size()));
            long other = signedSizes.get(random.nextInt(signedSizes.size()));
            pairs[i] = new long[]{Math.min(one, other), Math.max(one, other)};
        }
        double[] millis = new double[PROOFS];
        for (int i = 0; i < PROOFS; i++) {
            long[] pair = pairs[i];
            millis[i] = Latencies.once(() -> queries.consistencyProof(pair[0], pair[1]));
        }
        trials.add("consistency", Sample.latencies(millis));
        trials.add("consistency rows", Sample.of(Arrays.stream(pairs)
                .mapToLong(pair -> subtreesRead(hashes -> MerkleTree.consistencyPath(pair[0], pair[1], hashes)))
                .max().orElseThrow()));
    }

    /** The complete subtrees whose hashes a computation over the stored tree reads: they depend on the sizes alone. */
    private static long subtreesRead(Function<SubtreeHashes, ?> computation) {
        Set<Subtree> read = new HashSet<>();
        computation.apply(subtree -> {
            read.add(subtree);
            return new byte[TreeHashes.LENGTH];
        });
        return read.size();
    }

    /** Two subtrees per level of a tree of {@link #PROVED} leaves. */
    private static double logReads() {
        return 2 * Math.ceil(Math.log(PROVED) / Math.log(2));
    }

    /** Every size a head was signed at, above 0. */
    private List<Long> signedSizes() {
        List<Long> sizes = new ArrayList<>();
        long after = 0;
        HeadPage page;
        do {
            page = queries.heads(after, LogQueries.MAX_LIMIT);
            page.heads().forEach(head -> sizes.add(head.treeSize()));
            after = page.nextAfter() == null ? after : page.nextAfter();
        } while (page.nextAfter() != null);
        return sizes;
    }

    private long size() {
        return queries.entries(0, 1).treeSize();
    }
}
