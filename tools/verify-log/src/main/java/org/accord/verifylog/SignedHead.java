package org.accord.verifylog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/** A signed tree head: the log's signed statement that its first {@code treeSize} entries have this root. */
record SignedHead(long treeSize, String rootHash, long timestamp, byte[] signature) {

    static SignedHead of(Object value) throws MalformedJsonException {
        Map<?, ?> head = Fields.object(value, "the head");
        String rootHash = Hex.of(Fields.sha256(head, "rootHash"));
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(Fields.string(head, "signature"));
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException("\"signature\" is not standard Base64");
        }
        return new SignedHead(Fields.count(head, "treeSize"), rootHash, Fields.count(head, "timestamp"), signature);
    }

    /** The signed bytes: the JCS text of the head's three values. */
    byte[] signedMessage() {
        return "{\"rootHash\":\"%s\",\"timestamp\":%d,\"treeSize\":%d}".formatted(rootHash, timestamp, treeSize)
                .getBytes(StandardCharsets.UTF_8);
    }

    boolean isSignedBy(PublicKey key) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(signedMessage());
            return ed25519.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    boolean hasRoot(byte[] root) {
        return MessageDigest.isEqual(Hex.sha256(rootHash), root);
    }

    byte[] root() {
        return Hex.sha256(rootHash);
    }

    Instant signedAt() {
        return Instant.ofEpochMilli(timestamp);
    }
}
