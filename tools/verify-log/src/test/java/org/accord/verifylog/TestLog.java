package org.accord.verifylog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A log built the way the contract describes it, independently of the verifier: canonical entry texts written by hand,
 * roots by the recursive reference, heads signed with an Ed25519 key made here. Tests tamper with its lists.
 */
final class TestLog {

    record Head(long treeSize, String rootHash, long timestamp, String signature) {

        String json() {
            return "{\"rootHash\":\"%s\",\"signature\":\"%s\",\"timestamp\":%d,\"treeSize\":%d}".formatted(rootHash,
                    signature, timestamp, treeSize);
        }
    }

    static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    static final UUID STANDARD = UUID.fromString("5b1f3c8e-8d1e-4a53-9c55-2f3b8e7d9a10");

    final KeyPair key;
    final List<String> entries = new ArrayList<>();
    final List<Head> heads = new ArrayList<>();

    TestLog(KeyPair key) {
        this.key = key;
    }

    static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A log of {@code size} varied entries with a head signed at each of {@code headSizes}. */
    static TestLog of(int size, long... headSizes) {
        TestLog log = new TestLog(newKey());
        for (int seq = 0; seq < size; seq++) {
            log.entries.add(entry(seq));
        }
        for (long headSize : headSizes) {
            log.heads.add(log.signedHead(headSize));
        }
        return log;
    }

    /** The realistic log most tests tamper with: 300 entries and eleven heads, two of them of the same size. */
    static TestLog realistic() {
        return of(300, 1, 7, 8, 50, 64, 100, 128, 128, 200, 255, 300);
    }

    static String entry(long seq) {
        String event = new UUID(0x1c0ffee0L, seq).toString();
        String time = START.plusSeconds(seq * 37).toString();
        return switch ((int) (seq % 4)) {
            case 0 ->
                "{\"data\":{\"group\":\"academia\",\"name\":\"Zo\u00eb O\\\"Brien-%d\",\"side\":\"EU\"},\"seq\":%d,"
                        .formatted(seq, seq)
                        + "\"sourceEventId\":\"%s\",\"time\":\"%s\",\"type\":\"member.admitted\"}"
                                .formatted(event, time);
            case 1 -> ("{\"data\":{\"result\":\"adopted\",\"rule\":\"two-thirds\",\"tallies\":{\"abstain\":1,\"no\":%d,"
                    + "\"yes\":12}},\"seq\":%d,\"sourceEventId\":\"%s\",\"standardId\":\"%s\",\"time\":\"%s\","
                    + "\"type\":\"ballot.closed\"}").formatted(seq % 7, seq, event, STANDARD, time);
            case 2 -> ("{\"data\":{\"contentHash\":\"%s\",\"label\":\"Draft \u2116%d \u2014 \ud83c\udf0d\\n\","
                    + "\"version\":%d},\"seq\":%d,\"sourceEventId\":\"%s\",\"standardId\":\"%s\",\"time\":\"%s\","
                    + "\"type\":\"draft.published\"}").formatted(
                            Hex.of(MerkleHashes.leaf(Long.toString(seq).getBytes(StandardCharsets.UTF_8))), seq,
                            seq / 4, seq, event, STANDARD, time);
            default -> ("{\"data\":{\"accepted\":true,\"counts\":[3,0,2],\"note\":null},\"seq\":%d,"
                    + "\"sourceEventId\":\"%s\",\"standardId\":\"%s\",\"time\":\"%s\",\"type\":\"comments.disposed\"}")
                    .formatted(seq, event, STANDARD, time);
        };
    }

    List<byte[]> leafHashes(long size) {
        return entries.subList(0, (int) size)
                .stream()
                .map(text -> MerkleHashes.leaf(text.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    Head signedHead(long size) {
        return signedHead(size, Hex.of(ReferenceMerkle.root(leafHashes(size))), key);
    }

    Head signedHead(long size, String rootHash, KeyPair signer) {
        long timestamp = START.toEpochMilli() + size * 60_000 + heads.size();
        String message = "{\"rootHash\":\"%s\",\"timestamp\":%d,\"treeSize\":%d}".formatted(rootHash, timestamp, size);
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(signer.getPrivate());
            ed25519.update(message.getBytes(StandardCharsets.UTF_8));
            return new Head(size, rootHash, timestamp, Base64.getEncoder().encodeToString(ed25519.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
    }

    String export() {
        StringBuilder out = new StringBuilder("{\"entries\":[");
        for (int i = 0; i < entries.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(entries.get(i)));
        }
        out.append("],\"heads\":[");
        for (int i = 0; i < heads.size(); i++) {
            out.append(i == 0 ? "" : ",").append(heads.get(i).json());
        }
        return out.append("],\"publicKey\":\"").append(publicKeyBase64()).append("\"}").toString();
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
