package org.accord.transparency.internal.log;

/**
 * A complete subtree aligned on its size: the {@code 2^level} leaves from {@code index * 2^level} on. Level 0 is a
 * single leaf; every interior node of a tree of any size that has all its leaves is one of these, and its hash never
 * changes.
 */
public record Subtree(int level, long index) {

    public Subtree {
        if (level < 0 || level > 62 || index < 0 || index > (Long.MAX_VALUE >> level)) {
            throw new IllegalArgumentException("No subtree at level " + level + ", index " + index);
        }
    }

    public long firstLeaf() {
        return index << level;
    }

    public long size() {
        return 1L << level;
    }
}
