package org.accord.voting.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ballot box of one secret ballot, under the ballot's own key. A voter's paper is found by a tag, the HMAC-SHA256
 * of their member id under that key, and sealed under the same key. Without the key, which is destroyed when the ballot
 * closes, neither the tag nor the paper can be tied to a member.
 */
public final class BallotBox {

    /** What a voter put in the box. */
    public record Paper(Position position, String reason) {
    }

    private final byte[] ballotId;
    private final byte[] key;

    public BallotBox(UUID ballotId, byte[] key) {
        if (key == null || key.length != Aead.KEY_BYTES) {
            throw new IllegalArgumentException("A ballot key has " + Aead.KEY_BYTES + " bytes");
        }
        this.ballotId = ballotId.toString().getBytes(StandardCharsets.UTF_8);
        this.key = key.clone();
    }

    public byte[] tagOf(UUID memberId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(memberId.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    /** The voter's paper, sealed so that it opens only under this ballot's key and with this tag. */
    public byte[] seal(byte[] tag, Paper paper) {
        String plain = paper.position().name() + "\n" + (paper.reason() == null ? "" : paper.reason());
        return Aead.seal(key, plain.getBytes(StandardCharsets.UTF_8), ballotId, tag);
    }

    public Paper open(byte[] tag, byte[] sealed) {
        String plain = new String(Aead.open(key, sealed, ballotId, tag), StandardCharsets.UTF_8);
        int newline = plain.indexOf('\n');
        String reason = plain.substring(newline + 1);
        return new Paper(Position.valueOf(plain.substring(0, newline)), reason.isEmpty() ? null : reason);
    }
}
