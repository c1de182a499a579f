package org.accord.transparency.internal.app;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.transparency.internal.log.LogSigningKey;
import org.accord.transparency.internal.log.TreeHashes;
import org.accord.transparency.internal.persistence.EntryRows;
import org.accord.transparency.internal.persistence.EntryRows.StoredEntry;
import org.accord.transparency.internal.persistence.HeadRows;
import org.accord.transparency.internal.persistence.HeadRows.StoredHead;
import org.accord.transparency.internal.persistence.LogSizeRow;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * What the public API and pages read of the log: entries, signed heads, proofs against signed heads and the public key,
 * in the shapes of the log's wire contract. Refusals are {@link RuleViolation}s: a size that is no signed head or an
 * unknown entry is not found, a malformed request is invalid.
 */
@ApplicationScoped
public class LogQueries {

    public static final int MAX_LIMIT = 1000;
    private static final int EXPORT_CHUNK = 1000;

    /** An entry as the API lists it: its number, its text and the hash of its leaf. */
    public record Leaf(long seq, String leaf, String leafHash) {
    }

    /** {@code nextFrom} is where the next page starts, or null when this one reaches the log's end. */
    public record LeafRange(long treeSize, List<Leaf> entries, Long nextFrom) {
    }

    /** An entry as the pages show it. */
    public record LoggedEntry(long seq, String type, UUID standardId, Instant time, Instant loggedAt, String leaf,
            String leafHash) {
    }

    /** {@code nextBefore} (newest first) or {@code nextAfter} (oldest first) continues the list, null at its end. */
    public record EntryPage(List<LoggedEntry> entries, Long nextBefore, Long nextAfter) {
    }

    public record SignedHead(long treeSize, String rootHash, long timestamp, String signature) {
    }

    public record HeadPage(List<SignedHead> heads, Long nextAfter) {
    }

    public record InclusionProof(long seq, long treeSize, String leafHash, List<String> auditPath) {
    }

    public record ConsistencyProof(long first, long second, List<String> consistencyPath) {
    }

    public record PublicKey(String algorithm, String publicKey, String pem) {
    }

    private final LogSizeRow logSize;
    private final EntryRows entries;
    private final HeadRows heads;
    private final StoredTree tree;
    private final LogSigningKey key;

    LogQueries(LogSizeRow logSize, EntryRows entries, HeadRows heads, StoredTree tree, LogSigningKey key) {
        this.logSize = logSize;
        this.entries = entries;
        this.heads = heads;
        this.tree = tree;
        this.key = key;
    }

    /** Entries from {@code from} on, in order, with the log's size when they were read. */
    @Transactional
    public LeafRange entries(long from, int limit) {
        atLeast("from", from, 0);
        checkLimit(limit);
        long size = logSize.read();
        List<Leaf> leaves = entries.range(from, size, limit).stream()
                .map(entry -> new Leaf(entry.seq(), entry.text(), TreeHashes.hex(entry.leafHash()))).toList();
        long next = leaves.isEmpty() ? size : leaves.getLast().seq() + 1;
        return new LeafRange(size, leaves, next < size ? next : null);
    }

    @Transactional
    public LoggedEntry entry(long seq) {
        return entries.bySeq(seq).map(LogQueries::logged)
                .orElseThrow(() -> RuleViolation.notFound(Text.of("transparency.no_entry", String.valueOf(seq))));
    }

    /** Entries newest first, narrowed by any of standard, type and time ({@code until} exclusive). */
    @Transactional
    public EntryPage newest(UUID standardId, String type, Instant from, Instant until, Long before, int limit) {
        checkLimit(limit);
        if (from != null && until != null && !from.isBefore(until)) {
            throw RuleViolation.invalid("from", Text.of("transparency.period_reversed"));
        }
        List<StoredEntry> page = entries.newest(new EntryRows.Filter(standardId, type, from, until), before,
                limit + 1);
        List<LoggedEntry> shown = page.stream().limit(limit).map(LogQueries::logged).toList();
        return new EntryPage(shown, page.size() > limit ? shown.getLast().seq() : null, null);
    }

    /** A standard's entries, oldest first, after {@code after} (-1 for the first). */
    @Transactional
    public EntryPage timeline(UUID standardId, long after, int limit) {
        atLeast("after", after, -1);
        checkLimit(limit);
        List<StoredEntry> page = entries.ofStandard(standardId, after, limit + 1);
        List<LoggedEntry> shown = page.stream().limit(limit).map(LogQueries::logged).toList();
        return new EntryPage(shown, null, page.size() > limit ? shown.getLast().seq() : null);
    }

    /** Signed heads above {@code after} (-1 for all), the first of each size, ascending. */
    @Transactional
    public HeadPage heads(long after, int limit) {
        atLeast("after", after, -1);
        checkLimit(limit);
        List<StoredHead> page = heads.after(after, Long.MAX_VALUE, limit + 1);
        List<SignedHead> shown = page.stream().limit(limit).map(LogQueries::signed).toList();
        return new HeadPage(shown, page.size() > limit ? shown.getLast().treeSize() : null);
    }

    @Transactional
    public SignedHead latestHead() {
        return heads.latest().map(LogQueries::signed)
                .orElseThrow(() -> RuleViolation.notFound(Text.of("transparency.no_head")));
    }

    @Transactional
    public SignedHead head(long treeSize) {
        return signed(signedHead(treeSize));
    }

    /** The audit path of entry {@code seq} in the tree of a signed head. */
    @Transactional
    public InclusionProof inclusionProof(long seq, long treeSize) {
        atLeast("seq", seq, 0);
        signedHead(treeSize);
        if (seq >= treeSize) {
            throw RuleViolation.invalid("seq", Text.of("transparency.entry_outside_tree", String.valueOf(seq),
                    String.valueOf(treeSize)));
        }
        byte[] leafHash = entries.bySeq(seq).orElseThrow().leafHash();
        return new InclusionProof(seq, treeSize, TreeHashes.hex(leafHash), hex(tree.inclusionPath(seq, treeSize)));
    }

    /** The consistency proof between the trees of two signed heads, {@code 0 < first <= second}. */
    @Transactional
    public ConsistencyProof consistencyProof(long first, long second) {
        atLeast("first", first, 1);
        if (first > second) {
            throw RuleViolation.invalid("first", Text.of("transparency.trees_reversed"));
        }
        signedHead(first);
        signedHead(second);
        return new ConsistencyProof(first, second, hex(tree.consistencyPath(first, second)));
    }

    public PublicKey publicKey() {
        return new PublicKey("Ed25519", Base64.getEncoder().encodeToString(key.publicKeyDer()), key.publicKeyPem());
    }

    /**
     * Writes the whole log as one JSON document: the public key, every entry's text in order, every signed head (the
     * first of each size) in ascending size. It reads in short transactions of its own, up to the size the log had when
     * the export began, so that every head it lists covers only entries it lists.
     */
    public void export(OutputStream out) throws IOException {
        long size = QuarkusTransaction.joiningExisting().call(logSize::read);
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("publicKey", publicKey().publicKey());
            json.writeArrayFieldStart("entries");
            for (long from = 0; from < size; from += EXPORT_CHUNK) {
                long start = from;
                for (String text : QuarkusTransaction.joiningExisting()
                        .call(() -> entries.texts(start, size, EXPORT_CHUNK))) {
                    json.writeString(text);
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("heads");
            List<StoredHead> page;
            long after = -1;
            do {
                long above = after;
                page = QuarkusTransaction.joiningExisting().call(() -> heads.after(above, size, EXPORT_CHUNK));
                for (StoredHead head : page) {
                    writeHead(json, signed(head));
                    after = head.treeSize();
                }
            } while (page.size() == EXPORT_CHUNK);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private StoredHead signedHead(long treeSize) {
        return heads.ofSize(treeSize)
                .orElseThrow(() -> RuleViolation
                        .notFound(Text.of("transparency.no_head_of_size", String.valueOf(treeSize))));
    }

    private static void writeHead(JsonGenerator json, SignedHead head) throws IOException {
        json.writeStartObject();
        json.writeNumberField("treeSize", head.treeSize());
        json.writeStringField("rootHash", head.rootHash());
        json.writeNumberField("timestamp", head.timestamp());
        json.writeStringField("signature", head.signature());
        json.writeEndObject();
    }

    private static LoggedEntry logged(StoredEntry entry) {
        return new LoggedEntry(entry.seq(), entry.type(), entry.standardId(), entry.occurredAt(), entry.loggedAt(),
                entry.text(), TreeHashes.hex(entry.leafHash()));
    }

    private static SignedHead signed(StoredHead head) {
        return new SignedHead(head.treeSize(), TreeHashes.hex(head.rootHash()), head.timestampMs(),
                Base64.getEncoder().encodeToString(head.signature()));
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(TreeHashes::hex).toList();
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RuleViolation.invalid("limit", Text.of("transparency.limit", String.valueOf(MAX_LIMIT)));
        }
    }

    private static void atLeast(String field, long value, long least) {
        if (value < least) {
            throw RuleViolation.invalid(field, Text.of("transparency.at_least", field, String.valueOf(least)));
        }
    }
}
