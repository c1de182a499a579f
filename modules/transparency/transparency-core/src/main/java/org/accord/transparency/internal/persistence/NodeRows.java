package org.accord.transparency.internal.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.accord.transparency.internal.log.Subtree;

/**
 * The hashes of complete subtrees: leaves (level 0) are the entries' leaf hashes, higher levels the node rows written
 * as each subtree completes. Native SQL in the caller's transaction.
 */
@ApplicationScoped
public class NodeRows {

    private final EntityManager entityManager;

    NodeRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void insert(Subtree subtree, byte[] hash) {
        entityManager.createNativeQuery("insert into transparency.node (level, idx, hash) values (?1, ?2, ?3)")
                .setParameter(1, subtree.level()).setParameter(2, subtree.index()).setParameter(3, hash)
                .executeUpdate();
    }

    /** The hashes of the subtrees, in one query; a subtree that is not stored is missing from the map. */
    @SuppressWarnings("unchecked")
    public Map<Subtree, byte[]> hashes(Set<Subtree> subtrees) {
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        List<Subtree> leaves = subtrees.stream().filter(subtree -> subtree.level() == 0).toList();
        List<Subtree> nodes = subtrees.stream().filter(subtree -> subtree.level() > 0).toList();
        if (!leaves.isEmpty()) {
            List<String> seqs = new ArrayList<>();
            for (Subtree leaf : leaves) {
                parameters.add(leaf.index());
                seqs.add("?" + parameters.size());
            }
            parts.add("select 0, seq, leaf_hash from transparency.entry where seq in (" + String.join(", ", seqs)
                    + ")");
        }
        if (!nodes.isEmpty()) {
            List<String> keys = new ArrayList<>();
            for (Subtree node : nodes) {
                parameters.add(node.level());
                parameters.add(node.index());
                keys.add("(?" + (parameters.size() - 1) + ", ?" + parameters.size() + ")");
            }
            parts.add("select level, idx, hash from transparency.node where (level, idx) in (" + String.join(", ", keys)
                    + ")");
        }
        Map<Subtree, byte[]> hashes = new HashMap<>();
        if (parts.isEmpty()) {
            return hashes;
        }
        Query query = entityManager.createNativeQuery(String.join(" union all ", parts));
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            hashes.put(new Subtree(((Number) row[0]).intValue(), ((Number) row[1]).longValue()), (byte[]) row[2]);
        }
        return hashes;
    }
}
