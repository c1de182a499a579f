package org.accord.verifylog;

import java.util.ArrayList;
import java.util.List;

/** RFC 9162 section 2.1 as written: the recursive MTH, PATH and PROOF, to hold the verifier's arithmetic to. */
final class ReferenceMerkle {

    private ReferenceMerkle() {
    }

    static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return MerkleHashes.emptyRoot();
        }
        if (leaves.size() == 1) {
            return leaves.getFirst();
        }
        int k = split(leaves.size());
        return MerkleHashes.node(root(leaves.subList(0, k)), root(leaves.subList(k, leaves.size())));
    }

    /** PATH(m, D[n]): the audit path of leaf m. */
    static List<byte[]> inclusionPath(int m, List<byte[]> leaves) {
        int n = leaves.size();
        List<byte[]> path = new ArrayList<>();
        if (n == 1) {
            return path;
        }
        int k = split(n);
        if (m < k) {
            path.addAll(inclusionPath(m, leaves.subList(0, k)));
            path.add(root(leaves.subList(k, n)));
        } else {
            path.addAll(inclusionPath(m - k, leaves.subList(k, n)));
            path.add(root(leaves.subList(0, k)));
        }
        return path;
    }

    /** PROOF(m, D[n]): the consistency path from the tree of the first m leaves. */
    static List<byte[]> consistencyPath(int m, List<byte[]> leaves) {
        return subproof(m, leaves, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> leaves, boolean complete) {
        int n = leaves.size();
        List<byte[]> path = new ArrayList<>();
        if (m == n) {
            if (!complete) {
                path.add(root(leaves));
            }
            return path;
        }
        int k = split(n);
        if (m <= k) {
            path.addAll(subproof(m, leaves.subList(0, k), complete));
            path.add(root(leaves.subList(k, n)));
        } else {
            path.addAll(subproof(m - k, leaves.subList(k, n), false));
            path.add(root(leaves.subList(0, k)));
        }
        return path;
    }

    /** The largest power of two smaller than n. */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }
}
