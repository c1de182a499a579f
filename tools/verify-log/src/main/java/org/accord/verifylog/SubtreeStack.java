package org.accord.verifylog;

import java.util.ArrayList;
import java.util.List;

/**
 * The root of a growing Merkle tree, kept as the roots of its complete subtrees (largest first): appending a leaf
 * merges equal-sized subtrees, and the root of the tree so far folds them from the right. A whole log therefore costs
 * one hash per leaf plus a few per root asked for, whatever the number of signed heads.
 */
final class SubtreeStack {

    private final List<byte[]> roots = new ArrayList<>();
    private final List<Long> sizes = new ArrayList<>();
    private long leaves;

    long leaves() {
        return leaves;
    }

    void append(byte[] leafHash) {
        byte[] hash = leafHash;
        long size = 1;
        while (!sizes.isEmpty() && sizes.getLast() == size) {
            hash = MerkleHashes.node(roots.removeLast(), hash);
            size += sizes.removeLast();
        }
        roots.add(hash);
        sizes.add(size);
        leaves++;
    }

    /** RFC 9162's MTH of the leaves appended so far. */
    byte[] root() {
        if (roots.isEmpty()) {
            return MerkleHashes.emptyRoot();
        }
        byte[] root = roots.getLast();
        for (int i = roots.size() - 2; i >= 0; i--) {
            root = MerkleHashes.node(roots.get(i), root);
        }
        return root;
    }
}
