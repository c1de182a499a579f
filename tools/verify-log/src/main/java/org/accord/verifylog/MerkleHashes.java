package org.accord.verifylog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The hashes of RFC 9162 section 2.1: SHA-256, a 0x00 prefix for leaves and 0x01 for interior nodes. */
final class MerkleHashes {

    static final int SIZE = 32;

    private MerkleHashes() {
    }

    static byte[] emptyRoot() {
        return sha256().digest();
    }

    static byte[] leaf(byte[] entry) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        return digest.digest(entry);
    }

    static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
