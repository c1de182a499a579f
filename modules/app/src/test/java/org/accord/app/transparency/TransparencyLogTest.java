package org.accord.app.transparency;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.platform.errors.RuleViolation;
import org.accord.testing.AccordTestStack;
import org.accord.transparency.internal.app.LogAppender;
import org.accord.transparency.internal.app.LogQueries;
import org.accord.transparency.internal.app.LogQueries.EntryPage;
import org.accord.transparency.internal.app.LogQueries.LoggedEntry;
import org.accord.transparency.internal.app.LogQueries.SignedHead;
import org.accord.transparency.internal.log.Rfc9162Reference;
import org.accord.transparency.internal.policy.PublicEntry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public log as stored: every source event logged once, even when replayed at the same moment; two writers at once
 * number entries without gaps and grow one tree; no row can be changed or removed through SQL; every signed head
 * verifies with the published key over the root recomputed from the stored entries, and every proof served verifies
 * with RFC 9162's algorithms. The log is shared with the rest of the run, so each check looks at the whole log.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class TransparencyLogTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final HexFormat HEX = HexFormat.of();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LogAppender appender;
    @Inject
    LogQueries queries;
    @Inject
    DataSource dataSource;

    @Test
    void aSourceEvent_replayedAndRacedWithItself_isLoggedOnce() throws Exception {
        UUID source = UUID.randomUUID();
        long before = size();
        appender.append(source, entry("test.replayed", null, 1));
        appender.append(source, entry("test.replayed-differently", null, 2));
        UUID raced = UUID.randomUUID();
        inParallel(List.of(() -> appender.append(raced, entry("test.raced", null, 1)),
                () -> appender.append(raced, entry("test.raced", null, 2))));

        assertThat(size()).isEqualTo(before + 2);
        assertThat(count("select count(*) from transparency.entry where source_event_id in ('" + source + "', '"
                + raced + "')")).isEqualTo(2);
        assertThat(queries.entry(before).type()).isEqualTo("test.replayed");
    }

    @Test
    void twoWriters_appendingAtOnce_numberEntriesWithoutGaps_andGrowOneTree() throws Exception {
        int each = 200;
        CountDownLatch start = new CountDownLatch(1);
        List<UUID> sources = new ArrayList<>();
        List<Runnable> writers = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            List<UUID> own = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                own.add(UUID.randomUUID());
            }
            sources.addAll(own);
            int number = writer;
            writers.add(() -> {
                await(start);
                own.forEach(source -> appender.append(source, entry("test.concurrent", null, number)));
            });
        }
        List<Future<?>> running = submit(writers);
        start.countDown();
        for (Future<?> writer : running) {
            writer.get();
        }

        assertThat(count("select count(*) from transparency.entry where source_event_id in ("
                + String.join(", ", sources.stream().map(id -> "'" + id + "'").toList()) + ")"))
                .isEqualTo(2L * each);
        long size = size();
        assertThat(count("select count(*) from transparency.entry")).isEqualTo(size);
        assertThat(count("select coalesce(max(seq), -1) + 1 from transparency.entry")).isEqualTo(size);
        SignedHead head = awaitHeadCovering(size);
        assertThat(head.rootHash()).as("the signed root is the root of the stored entries")
                .isEqualTo(HEX.formatHex(Rfc9162Reference.mth(storedEntries(head.treeSize()))));
        assertStoredNodes_areTheSubtreesOfTheStoredEntries(size);
    }

    @Test
    void everySignedHead_andEveryProofServed_verifies() throws Exception {
        for (int batch = 0; batch < 3; batch++) {
            for (int i = 0; i <= batch; i++) {
                appender.append(UUID.randomUUID(), entry("test.proof", null, i));
            }
            awaitHeadCovering(size());
        }
        PublicKey key = publicKey();
        List<SignedHead> heads = allHeads();
        SignedHead latest = heads.getLast();
        List<byte[]> entries = storedEntries(latest.treeSize());

        for (SignedHead head : heads) {
            assertThat(verifies(key, head)).as("signature of head %d", head.treeSize()).isTrue();
            assertThat(head.rootHash()).as("root of head %d", head.treeSize())
                    .isEqualTo(HEX.formatHex(Rfc9162Reference.mth(entries.subList(0, (int) head.treeSize()))));
        }
        SignedHead forged = new SignedHead(latest.treeSize() + 1, latest.rootHash(), latest.timestamp(),
                latest.signature());
        assertThat(verifies(key, forged)).isFalse();

        for (int seq = 0; seq < latest.treeSize(); seq++) {
            LogQueries.InclusionProof proof = queries.inclusionProof(seq, latest.treeSize());
            assertThat(proof.leafHash()).isEqualTo(HEX.formatHex(Rfc9162Reference.leafHash(entries.get(seq))));
            assertThat(Rfc9162Reference.verifyInclusion(HEX.parseHex(proof.leafHash()), seq, latest.treeSize(),
                    hashes(proof.auditPath()), HEX.parseHex(latest.rootHash()))).as("entry %d", seq).isTrue();
        }
        List<SignedHead> nonEmpty = heads.stream().filter(head -> head.treeSize() > 0).toList();
        for (int i = 0; i < nonEmpty.size(); i++) {
            SignedHead head = nonEmpty.get(i);
            for (long seq : new long[]{0, head.treeSize() - 1}) {
                LogQueries.InclusionProof proof = queries.inclusionProof(seq, head.treeSize());
                assertThat(Rfc9162Reference.verifyInclusion(HEX.parseHex(proof.leafHash()), seq, head.treeSize(),
                        hashes(proof.auditPath()), HEX.parseHex(head.rootHash()))).as("entry %d in head %d", seq,
                                head.treeSize())
                        .isTrue();
            }
            for (SignedHead second : i + 1 < nonEmpty.size() ? List.of(nonEmpty.get(i + 1), latest) : List.of(latest)) {
                assertConsistent(head, second);
            }
        }
    }

    @Test
    void theExport_holdsEveryEntryAndHead_andEachHeadVerifiesOverTheExportedEntries() throws Exception {
        appender.append(UUID.randomUUID(), entry("test.exported", null, 1));
        awaitHeadCovering(size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        queries.export(out);
        JsonNode export = JSON.readTree(out.toByteArray());

        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(export.get("publicKey").asText())));
        List<byte[]> entries = new ArrayList<>();
        export.get("entries").forEach(text -> entries.add(text.asText().getBytes(StandardCharsets.UTF_8)));
        assertThat(entries).isNotEmpty();
        long previous = -1;
        for (JsonNode head : export.get("heads")) {
            SignedHead signed = new SignedHead(head.get("treeSize").asLong(), head.get("rootHash").asText(),
                    head.get("timestamp").asLong(), head.get("signature").asText());
            assertThat(signed.treeSize()).isGreaterThan(previous).isLessThanOrEqualTo(entries.size());
            assertThat(verifies(key, signed)).isTrue();
            assertThat(signed.rootHash())
                    .isEqualTo(HEX.formatHex(Rfc9162Reference.mth(entries.subList(0, (int) signed.treeSize()))));
            previous = signed.treeSize();
        }
        assertThat(previous).as("the latest head is exported").isGreaterThan(0);
    }

    @Test
    void noRowOfTheLog_canBeChangedOrRemoved_andItsSizeOnlyGrows() throws Exception {
        appender.append(UUID.randomUUID(), entry("test.kept", null, 1));
        appender.append(UUID.randomUUID(), entry("test.kept", null, 2));
        awaitHeadCovering(size());
        for (String table : List.of("entry", "node", "head")) {
            assertRefused("update transparency." + table + " set " + (table.equals("head")
                    ? "timestamp_ms = 0"
                    : table.equals("node") ? "hash = hash" : "entry = entry"));
            assertRefused("delete from transparency." + table);
            assertRefused("truncate transparency." + table);
        }
        assertRefused("update transparency.log_size set size = size - 1");
        assertRefused("update transparency.log_size set size = size");
        assertRefused("delete from transparency.log_size");
        assertRefused("truncate transparency.log_size");
        assertRefused("insert into transparency.log_size (only_row, size) values (false, 0)");
        assertThat(count("select count(*) from transparency.entry")).isEqualTo(size());
    }

    @Test
    void pages_filterByStandardTypeAndTime_newestFirst_andPageByKeyset() {
        UUID standard = UUID.randomUUID();
        Instant day = Instant.parse("2026-03-01T00:00:00Z");
        for (int i = 0; i < 4; i++) {
            appender.append(UUID.randomUUID(), new PublicEntry(i % 2 == 0 ? "test.opened" : "test.closed",
                    day.plus(Duration.ofHours(i)), standard, Map.of("n", i)));
        }
        appender.append(UUID.randomUUID(), entry("test.opened", null, 9));

        EntryPage first = queries.newest(standard, null, null, null, null, 3);
        assertThat(first.entries()).extracting(LoggedEntry::time).containsExactly(day.plus(Duration.ofHours(3)),
                day.plus(Duration.ofHours(2)), day.plus(Duration.ofHours(1)));
        EntryPage rest = queries.newest(standard, null, null, null, first.nextBefore(), 3);
        assertThat(rest.entries()).extracting(LoggedEntry::time).containsExactly(day);
        assertThat(rest.nextBefore()).isNull();
        assertThat(queries.newest(standard, "test.opened", null, null, null, 10).entries()).hasSize(2)
                .allMatch(entry -> entry.type().equals("test.opened"));
        assertThat(queries.newest(standard, null, day.plus(Duration.ofHours(1)), day.plus(Duration.ofHours(3)),
                null, 10).entries()).extracting(LoggedEntry::time)
                .containsExactly(day.plus(Duration.ofHours(2)), day.plus(Duration.ofHours(1)));
        EntryPage timeline = queries.timeline(standard, -1, 3);
        assertThat(timeline.entries()).extracting(LoggedEntry::time).containsExactly(day,
                day.plus(Duration.ofHours(1)), day.plus(Duration.ofHours(2)));
        assertThat(queries.timeline(standard, timeline.nextAfter(), 3).entries()).hasSize(1);
        assertThat(timeline.entries().getFirst().leaf()).contains("\"standardId\":\"" + standard + "\"")
                .contains("\"time\":\"2026-03-01T00:00:00Z\"");
    }

    @Test
    void requestsOutsideTheLog_areRefused_asNotFoundOrInvalid() {
        appender.append(UUID.randomUUID(), entry("test.refusals", null, 1));
        SignedHead head = awaitHeadCovering(size());
        long unsigned = count("select max(tree_size) + 1000000 from transparency.head");
        assertKind(() -> queries.inclusionProof(0, unsigned), RuleViolation.Kind.NOT_FOUND);
        assertKind(() -> queries.inclusionProof(head.treeSize(), head.treeSize()), RuleViolation.Kind.INVALID);
        assertKind(() -> queries.inclusionProof(-1, head.treeSize()), RuleViolation.Kind.INVALID);
        assertKind(() -> queries.consistencyProof(head.treeSize(), head.treeSize() - 1), RuleViolation.Kind.INVALID);
        assertKind(() -> queries.consistencyProof(0, head.treeSize()), RuleViolation.Kind.INVALID);
        assertKind(() -> queries.consistencyProof(1, unsigned), RuleViolation.Kind.NOT_FOUND);
        assertKind(() -> queries.head(unsigned), RuleViolation.Kind.NOT_FOUND);
        assertKind(() -> queries.entry(unsigned), RuleViolation.Kind.NOT_FOUND);
        assertKind(() -> queries.entries(0, 0), RuleViolation.Kind.INVALID);
        assertKind(() -> queries.entries(0, 1001), RuleViolation.Kind.INVALID);
        assertKind(() -> queries.entries(-1, 10), RuleViolation.Kind.INVALID);
        assertKind(() -> queries.heads(-2, 10), RuleViolation.Kind.INVALID);
        assertThat(queries.entries(head.treeSize() - 1, 1000).entries()).isNotEmpty();
        assertThat(queries.entries(size(), 10).nextFrom()).isNull();
    }

    private void assertConsistent(SignedHead first, SignedHead second) {
        List<String> path = queries.consistencyProof(first.treeSize(), second.treeSize()).consistencyPath();
        if (first.treeSize() == second.treeSize()) {
            assertThat(path).isEmpty();
            assertThat(first.rootHash()).isEqualTo(second.rootHash());
        } else {
            assertThat(Rfc9162Reference.verifyConsistency(first.treeSize(), second.treeSize(),
                    HEX.parseHex(first.rootHash()), HEX.parseHex(second.rootHash()), hashes(path)))
                    .as("%d to %d", first.treeSize(), second.treeSize()).isTrue();
        }
    }

    private void assertStoredNodes_areTheSubtreesOfTheStoredEntries(long size) throws SQLException {
        List<byte[]> entries = storedEntries(size);
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement
                        .executeQuery("select level, idx, hash from transparency.node where (idx + 1) << level <= "
                                + size)) {
            int nodes = 0;
            while (rows.next()) {
                int first = (int) (rows.getLong(2) << rows.getInt(1));
                int last = first + (1 << rows.getInt(1));
                assertThat(rows.getBytes(3)).as("node %d/%d", rows.getInt(1), rows.getLong(2))
                        .isEqualTo(Rfc9162Reference.mth(entries.subList(first, last)));
                nodes++;
            }
            assertThat(nodes).as("every complete subtree above the leaves is stored")
                    .isEqualTo(size - Long.bitCount(size));
        }
    }

    private SignedHead awaitHeadCovering(long size) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> headSize() >= size);
        return queries.latestHead();
    }

    private long headSize() {
        try {
            return queries.latestHead().treeSize();
        } catch (RuleViolation none) {
            return -1;
        }
    }

    private List<SignedHead> allHeads() {
        List<SignedHead> heads = new ArrayList<>();
        Long after = -1L;
        while (after != null) {
            LogQueries.HeadPage page = queries.heads(after, 1000);
            heads.addAll(page.heads());
            after = page.nextAfter();
        }
        return heads;
    }

    private List<byte[]> storedEntries(long size) {
        List<byte[]> entries = new ArrayList<>();
        Long from = 0L;
        while (from != null && from < size) {
            LogQueries.LeafRange range = queries.entries(from, 1000);
            range.entries().stream().filter(leaf -> leaf.seq() < size).forEach(leaf -> {
                assertThat(leaf.seq()).isEqualTo(entries.size());
                byte[] text = leaf.leaf().getBytes(StandardCharsets.UTF_8);
                assertThat(leaf.leafHash()).isEqualTo(HEX.formatHex(Rfc9162Reference.leafHash(text)));
                entries.add(text);
            });
            from = range.nextFrom();
        }
        assertThat(entries).hasSize((int) size);
        return entries;
    }

    private PublicKey publicKey() throws Exception {
        LogQueries.PublicKey published = queries.publicKey();
        assertThat(published.algorithm()).isEqualTo("Ed25519");
        assertThat(published.pem()).startsWith("-----BEGIN PUBLIC KEY-----\n");
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(published.publicKey())));
    }

    private static boolean verifies(PublicKey key, SignedHead head) throws Exception {
        String message = "{\"rootHash\":\"" + head.rootHash() + "\",\"timestamp\":" + head.timestamp()
                + ",\"treeSize\":" + head.treeSize() + "}";
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(message.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(head.signature()));
    }

    private static List<byte[]> hashes(List<String> hex) {
        return hex.stream().map(HEX::parseHex).toList();
    }

    private static PublicEntry entry(String type, UUID standard, int number) {
        return new PublicEntry(type, Instant.now(), standard, Map.of("number", number));
    }

    private static void assertKind(Runnable request, RuleViolation.Kind kind) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.kind()).isEqualTo(kind));
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.executeUpdate(sql);
            }
        }).as(sql).isInstanceOf(SQLException.class);
    }

    private long size() {
        return count("select size from transparency.log_size");
    }

    private long count(String sql) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void inParallel(List<Runnable> tasks) throws Exception {
        for (Future<?> task : submit(tasks)) {
            task.get();
        }
    }

    private static List<Future<?>> submit(List<Runnable> tasks) {
        ExecutorService executor = Executors.newFixedThreadPool(tasks.size());
        try {
            return tasks.stream().<Future<?>> map(executor::submit).toList();
        } finally {
            executor.shutdown();
        }
    }
}
