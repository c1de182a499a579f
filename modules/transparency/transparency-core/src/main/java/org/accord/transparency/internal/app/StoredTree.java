package org.accord.transparency.internal.app;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.transparency.internal.log.MerkleTree;
import org.accord.transparency.internal.log.Subtree;
import org.accord.transparency.internal.log.SubtreeHashes;
import org.accord.transparency.internal.log.TreeHashes;
import org.accord.transparency.internal.persistence.NodeRows;

/**
 * The Merkle tree as stored, in the caller's transaction. Which subtrees a root or proof needs depends on the sizes
 * alone, not on any hash: so each computation runs once to learn them, and again over their hashes read in one query.
 */
@ApplicationScoped
class StoredTree {

    private static final byte[] NOT_YET_READ = new byte[TreeHashes.LENGTH];

    private final NodeRows nodes;

    StoredTree(NodeRows nodes) {
        this.nodes = nodes;
    }

    byte[] root(long size) {
        return compute(hashes -> MerkleTree.root(size, hashes));
    }

    List<byte[]> inclusionPath(long seq, long size) {
        return compute(hashes -> MerkleTree.inclusionPath(seq, size, hashes));
    }

    List<byte[]> consistencyPath(long first, long second) {
        return compute(hashes -> MerkleTree.consistencyPath(first, second, hashes));
    }

    /** Stores the hash of every subtree the new leaf {@code seq} completes. */
    void storeSubtreesCompletedBy(long seq, byte[] leafHash) {
        compute(hashes -> MerkleTree.completedBy(seq, leafHash, hashes)).forEach(nodes::insert);
    }

    private <T> T compute(Function<SubtreeHashes, T> computation) {
        Set<Subtree> needed = new HashSet<>();
        computation.apply(subtree -> {
            needed.add(subtree);
            return NOT_YET_READ;
        });
        Map<Subtree, byte[]> stored = nodes.hashes(needed);
        return computation.apply(subtree -> {
            byte[] hash = stored.get(subtree);
            if (hash == null) {
                throw new IllegalStateException("The stored tree has no hash of " + subtree);
            }
            return hash;
        });
    }
}
