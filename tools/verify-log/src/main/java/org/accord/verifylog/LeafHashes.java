package org.accord.verifylog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Every entry's leaf hash in order, packed 32 bytes apiece in fixed blocks (32 MB for a million entries). */
final class LeafHashes {

    private static final int PER_BLOCK = 1 << 15;

    private final List<byte[]> blocks = new ArrayList<>();
    private long size;

    long size() {
        return size;
    }

    void add(byte[] hash) {
        int slot = (int) (size % PER_BLOCK);
        if (slot == 0) {
            blocks.add(new byte[PER_BLOCK * MerkleHashes.SIZE]);
        }
        System.arraycopy(hash, 0, blocks.getLast(), slot * MerkleHashes.SIZE, MerkleHashes.SIZE);
        size++;
    }

    byte[] get(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int from = (int) (index % PER_BLOCK) * MerkleHashes.SIZE;
        return Arrays.copyOfRange(blocks.get((int) (index / PER_BLOCK)), from, from + MerkleHashes.SIZE);
    }
}
