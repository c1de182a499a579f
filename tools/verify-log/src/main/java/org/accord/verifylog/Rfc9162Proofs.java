package org.accord.verifylog;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/** The two proof verifications of RFC 9162, step by step as sections 2.1.3.2 and 2.1.4.2 write them. */
final class Rfc9162Proofs {

    private Rfc9162Proofs() {
    }

    /**
     * Section 2.1.3.2: whether {@code leafHash} is leaf {@code leafIndex} of the tree of {@code treeSize} with
     * {@code root}.
     */
    static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> inclusionPath,
            byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : inclusionPath) {
            if (sn == 0) {
                return false;
            }
            if (lsb(fn) || fn == sn) {
                r = MerkleHashes.node(p, r);
                while (!lsb(fn) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHashes.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * Section 2.1.4.2: whether the tree of size {@code second} with {@code secondHash} extends the tree of size
     * {@code first} with {@code firstHash}. Equal sizes prove nothing but equal roots, with an empty path.
     */
    static boolean verifyConsistency(long first, long second, byte[] firstHash, byte[] secondHash,
            List<byte[]> consistencyPath) {
        if (first <= 0 || first > second) {
            return false;
        }
        if (first == second) {
            return consistencyPath.isEmpty() && MessageDigest.isEqual(firstHash, secondHash);
        }
        if (consistencyPath.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(consistencyPath);
        if ((first & (first - 1)) == 0) {
            path.addFirst(firstHash);
        }
        long fn = first - 1;
        long sn = second - 1;
        while (lsb(fn)) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if (lsb(fn) || fn == sn) {
                fr = MerkleHashes.node(c, fr);
                sr = MerkleHashes.node(c, sr);
                while (!lsb(fn) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashes.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstHash) && MessageDigest.isEqual(sr, secondHash);
    }

    private static boolean lsb(long value) {
        return (value & 1) == 1;
    }
}
