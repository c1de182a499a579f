package org.accord.app.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accord.testing.AccordTestStack;
import org.accord.transparency.internal.log.EntryText;
import org.accord.transparency.internal.log.MerkleTree;
import org.accord.transparency.internal.log.Subtree;
import org.accord.transparency.internal.log.TreeHashes;
import org.accord.transparency.internal.policy.PublicEntry;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Grows the public log to a given size in one transaction, with exactly the rows that as many appends would have left:
 * canonical entries numbered on from the log's size, their leaf hashes, and the hash of every subtree each new leaf
 * completes. Like an append it locks the log's size first; it streams the leaves through COPY, keeping in memory only
 * the last complete subtree of each level, the ones later leaves complete with. The entries are generated decisions of
 * the size of a created standard's.
 */
final class LogBulkLoad {

    private static final int CHUNK = 10_000;
    private static final String LOADED = "bench.loaded";
    private static final Instant DECIDED = Instant.parse("2026-12-01T10:15:30Z");

    /** The last complete subtree of each level and its hash: what the next leaves complete their parents with. */
    private final Subtree[] frontier = new Subtree[63];
    private final byte[][] frontierHashes = new byte[63][];

    /**
     * Appends generated entries until the log has {@code size} of them, and commits.
     *
     * @return the root of the grown tree, computed while streaming
     */
    byte[] growTo(long size) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(AccordTestStack.jdbcUrl(), "postgres", "")) {
            connection.setAutoCommit(false);
            long from = lockedSize(connection);
            if (from > size) {
                throw new IllegalStateException("The log has " + from + " entries already, more than " + size);
            }
            readFrontier(connection, from);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (long chunk = from; chunk < size; chunk += CHUNK) {
                StringBuilder entries = new StringBuilder();
                StringBuilder nodes = new StringBuilder();
                for (long seq = chunk; seq < Math.min(size, chunk + CHUNK); seq++) {
                    append(seq, entries, nodes);
                }
                copy.copyIn("copy transparency.entry (seq, source_event_id, type, standard_id, occurred_at, logged_at,"
                        + " entry, leaf_hash) from stdin (format csv)", new StringReader(entries.toString()));
                copy.copyIn("copy transparency.node (level, idx, hash) from stdin (format csv)",
                        new StringReader(nodes.toString()));
            }
            try (PreparedStatement grow = connection.prepareStatement("update transparency.log_size set size = ?")) {
                grow.setLong(1, size);
                grow.executeUpdate();
            }
            connection.commit();
            return MerkleTree.root(size, this::held);
        }
    }

    /** A generated decision of the size of a created standard's entry. */
    static PublicEntry decision(String type, Instant time, long number) {
        return new PublicEntry(type, time, UUID.randomUUID(), Map.of("reference", "BL " + number, "title",
                "Generated standard number " + number, "scope", "A decision generated to grow the log", "editors",
                List.of("Eli Editor"), "by", "Eli Editor"));
    }

    private void append(long seq, StringBuilder entries, StringBuilder nodes) {
        UUID source = UUID.randomUUID();
        PublicEntry decision = decision(LOADED, DECIDED, seq);
        EntryText text = EntryText.of(seq, source, decision);
        byte[] leafHash = text.leafHash();
        entries.append(seq).append(',').append(source).append(',').append(LOADED).append(',')
                .append(decision.standardId())
                .append(',').append(DECIDED).append(',').append(Instant.now().truncatedTo(ChronoUnit.MICROS))
                .append(',')
                .append(csv(text.text())).append(",\\x").append(TreeHashes.hex(leafHash)).append('\n');
        Map<Subtree, byte[]> completed = MerkleTree.completedBy(seq, leafHash, this::held);
        hold(new Subtree(0, seq), leafHash);
        completed.forEach((subtree, hash) -> {
            hold(subtree, hash);
            nodes.append(subtree.level()).append(',').append(subtree.index()).append(",\\x")
                    .append(TreeHashes.hex(hash)).append('\n');
        });
    }

    private static long lockedSize(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select size from transparency.log_size for update")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The complete subtrees the tree of {@code size} leaves is made of: the ones its next leaves build on. */
    private void readFrontier(Connection connection, long size) throws SQLException {
        Set<Subtree> parts = new HashSet<>();
        MerkleTree.root(size, subtree -> {
            parts.add(subtree);
            return new byte[TreeHashes.LENGTH];
        });
        for (Subtree part : parts) {
            String sql = part.level() == 0
                    ? "select leaf_hash from transparency.entry where seq = ?"
                    : "select hash from transparency.node where level = ? and idx = ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (part.level() == 0) {
                    statement.setLong(1, part.index());
                } else {
                    statement.setInt(1, part.level());
                    statement.setLong(2, part.index());
                }
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("The stored tree has no hash of " + part);
                    }
                    hold(part, rows.getBytes(1));
                }
            }
        }
    }

    private void hold(Subtree subtree, byte[] hash) {
        frontier[subtree.level()] = subtree;
        frontierHashes[subtree.level()] = hash;
    }

    private byte[] held(Subtree subtree) {
        if (!subtree.equals(frontier[subtree.level()])) {
            throw new IllegalStateException("The load does not hold " + subtree);
        }
        return frontierHashes[subtree.level()];
    }

    private static String csv(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
