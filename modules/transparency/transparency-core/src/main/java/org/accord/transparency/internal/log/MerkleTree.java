package org.accord.transparency.internal.log;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Merkle tree of RFC 9162 section 2.1 over the log's leaves, computed from the hashes of complete subtrees: a root,
 * an inclusion proof (section 2.1.3.1) or a consistency proof (section 2.1.4.1) needs O(log n) of them, and a new leaf
 * completes at most one subtree per level. The recursions of the RFC are unrolled from the root down; every range they
 * visit either is a complete subtree or splits into at most one complete subtree per level.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    /** MTH(D[size]). */
    public static byte[] root(long size, SubtreeHashes hashes) {
        if (size < 0) {
            throw new IllegalArgumentException("A tree has no negative size: " + size);
        }
        return size == 0 ? TreeHashes.emptyRoot() : rangeHash(0, size, hashes);
    }

    /**
     * PATH(index, D[size]): the audit path of the leaf {@code index}, from the leaf's sibling up to the root's child.
     */
    public static List<byte[]> inclusionPath(long index, long size, SubtreeHashes hashes) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> siblings = new ArrayList<>();
        long start = 0;
        long end = size;
        while (end - start > 1) {
            long split = start + largestPowerOfTwoBelow(end - start);
            if (index < split) {
                siblings.add(rangeHash(split, end, hashes));
                end = split;
            } else {
                siblings.add(rangeHash(start, split, hashes));
                start = split;
            }
        }
        return siblings.reversed();
    }

    /**
     * PROOF(first, D[second]): the consistency proof between the trees of {@code first} and {@code second} leaves,
     * {@code 0 < first <= second}; empty when they are the same size.
     */
    public static List<byte[]> consistencyPath(long first, long second, SubtreeHashes hashes) {
        if (first <= 0 || first > second) {
            throw new IllegalArgumentException("No consistency proof from " + first + " to " + second + " leaves");
        }
        List<byte[]> nodes = new ArrayList<>();
        long start = 0;
        long end = second;
        long within = first;
        boolean wholeOfFirst = true;
        while (within < end - start) {
            long half = largestPowerOfTwoBelow(end - start);
            if (within <= half) {
                nodes.add(rangeHash(start + half, end, hashes));
                end = start + half;
            } else {
                nodes.add(rangeHash(start, start + half, hashes));
                start += half;
                within -= half;
                wholeOfFirst = false;
            }
        }
        if (!wholeOfFirst) {
            nodes.add(rangeHash(start, end, hashes));
        }
        return nodes.reversed();
    }

    /**
     * The subtrees that the leaf {@code seq} completes, lowest first, with their hashes: the leaf's parent when it is a
     * right child, that parent's parent when it is a right child too, and so on.
     */
    public static Map<Subtree, byte[]> completedBy(long seq, byte[] leafHash, SubtreeHashes hashes) {
        Map<Subtree, byte[]> completed = new LinkedHashMap<>();
        byte[] hash = leafHash;
        long size = seq + 1;
        for (int level = 1; (size & ((1L << level) - 1)) == 0; level++) {
            Subtree parent = new Subtree(level, (size >> level) - 1);
            hash = TreeHashes.node(hashes.hash(new Subtree(level - 1, parent.index() * 2)), hash);
            completed.put(parent, hash);
        }
        return completed;
    }

    /**
     * MTH(D[start:end]) for a range of the RFC's recursion: complete subtrees of decreasing size from {@code start},
     * each the largest that fits, hashed together from the right.
     */
    private static byte[] rangeHash(long start, long end, SubtreeHashes hashes) {
        List<byte[]> parts = new ArrayList<>();
        for (long at = start; at < end;) {
            int level = 63 - Long.numberOfLeadingZeros(end - at);
            if (at % (1L << level) != 0) {
                throw new IllegalArgumentException("Leaves " + start + " to " + end + " are no range of the tree");
            }
            parts.add(hashes.hash(new Subtree(level, at >> level)));
            at += 1L << level;
        }
        byte[] hash = parts.getLast();
        for (int i = parts.size() - 2; i >= 0; i--) {
            hash = TreeHashes.node(parts.get(i), hash);
        }
        return hash;
    }

    private static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
