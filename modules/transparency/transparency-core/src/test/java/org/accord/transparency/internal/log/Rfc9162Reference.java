package org.accord.transparency.internal.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 9162 section 2.1 written out as the RFC states it, with hashing of its own: the recursive definitions of MTH,
 * PATH and SUBPROOF over a list of entries (section 2.1.1, 2.1.3.1, 2.1.4.1), and the verification algorithms of
 * sections 2.1.3.2 and 2.1.4.2. Slow on purpose; the reference the log's stored tree is held to.
 */
public final class Rfc9162Reference {

    private Rfc9162Reference() {
    }

    public static byte[] leafHash(byte[] entry) {
        return sha256(new byte[]{0x00}, entry);
    }

    /** MTH(D[n]). */
    public static byte[] mth(List<byte[]> entries) {
        int n = entries.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return leafHash(entries.getFirst());
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(mth(entries.subList(0, k)), mth(entries.subList(k, n)));
    }

    /** PATH(m, D[n]). */
    public static List<byte[]> path(int m, List<byte[]> entries) {
        int n = entries.size();
        if (n == 1) {
            return new ArrayList<>();
        }
        int k = largestPowerOfTwoBelow(n);
        List<byte[]> path;
        if (m < k) {
            path = path(m, entries.subList(0, k));
            path.add(mth(entries.subList(k, n)));
        } else {
            path = path(m - k, entries.subList(k, n));
            path.add(mth(entries.subList(0, k)));
        }
        return path;
    }

    /** PROOF(m, D[n]) = SUBPROOF(m, D[n], true). */
    public static List<byte[]> proof(int m, List<byte[]> entries) {
        return subproof(m, entries, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> entries, boolean b) {
        int n = entries.size();
        if (m == n) {
            List<byte[]> proof = new ArrayList<>();
            if (!b) {
                proof.add(mth(entries));
            }
            return proof;
        }
        int k = largestPowerOfTwoBelow(n);
        List<byte[]> proof;
        if (m <= k) {
            proof = subproof(m, entries.subList(0, k), b);
            proof.add(mth(entries.subList(k, n)));
        } else {
            proof = subproof(m - k, entries.subList(k, n), false);
            proof.add(mth(entries.subList(0, k)));
        }
        return proof;
    }

    /** Section 2.1.3.2. */
    public static boolean verifyInclusion(byte[] hash, long leafIndex, long treeSize, List<byte[]> inclusionPath,
            byte[] rootHash) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = hash;
        for (byte[] p : inclusionPath) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, rootHash);
    }

    /** Section 2.1.4.2, for {@code 0 < first < second}. */
    public static boolean verifyConsistency(long first, long second, byte[] firstHash, byte[] secondHash,
            List<byte[]> consistencyPath) {
        if (first <= 0 || first >= second || consistencyPath.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(consistencyPath);
        if (Long.bitCount(first) == 1) {
            path.addFirst(firstHash);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash) && sn == 0;
    }

    private static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256(new byte[]{0x01}, left, right);
    }

    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
