package org.accord.transparency.internal.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Signed tree heads, kept forever. A size has more than one head when the log was signed again without growing; the
 * lists and look-ups by size give the first of each size, the latest head is the newest of all. Native SQL in the
 * caller's transaction.
 */
@ApplicationScoped
public class HeadRows {

    public record StoredHead(long treeSize, byte[] rootHash, long timestampMs, byte[] signature) {
    }

    private static final String FIRST_OF_EACH_SIZE = "select distinct on (tree_size) tree_size, root_hash,"
            + " timestamp_ms, signature from transparency.head ";

    private final EntityManager entityManager;

    HeadRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void insert(StoredHead head) {
        entityManager.createNativeQuery("insert into transparency.head (tree_size, root_hash, timestamp_ms, signature)"
                + " values (?1, ?2, ?3, ?4)").setParameter(1, head.treeSize()).setParameter(2, head.rootHash())
                .setParameter(3, head.timestampMs()).setParameter(4, head.signature()).executeUpdate();
    }

    public Optional<StoredHead> latest() {
        return heads("select tree_size, root_hash, timestamp_ms, signature from transparency.head"
                + " order by timestamp_ms desc limit 1").stream().findFirst();
    }

    public Optional<StoredHead> ofSize(long treeSize) {
        return heads(FIRST_OF_EACH_SIZE + "where tree_size = ?1 order by tree_size, timestamp_ms", treeSize).stream()
                .findFirst();
    }

    /** The first head of each size above {@code after} and at most {@code atMost}, ascending. */
    public List<StoredHead> after(long after, long atMost, int limit) {
        return heads(FIRST_OF_EACH_SIZE + "where tree_size > ?1 and tree_size <= ?2 order by tree_size, timestamp_ms"
                + " limit ?3", after, atMost, limit);
    }

    @SuppressWarnings("unchecked")
    private List<StoredHead> heads(String sql, Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new StoredHead(
                ((Number) row[0]).longValue(), (byte[]) row[1], ((Number) row[2]).longValue(), (byte[]) row[3]))
                .toList();
    }
}
