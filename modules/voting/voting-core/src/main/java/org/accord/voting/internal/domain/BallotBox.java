package org.accord.voting.internal.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ballot box of one secret ballot, under the ballot's own key. A voter's paper is found by a tag, an HMAC-SHA256 of
 * their member id, and sealed with AES-GCM; tag and seal use separate keys derived from the ballot's. Every paper has
 * the same length whatever it says, so its size tells nothing either. Without the ballot's key, which is destroyed when
 * the ballot closes, neither the tag nor the paper can be tied to a member.
 */
public final class BallotBox {

    /** What a voter put in the box. */
    public record Paper(Position position, String reason) {
    }

    /** A reason of 2,000 characters takes at most 3 bytes a character in UTF-8. */
    public static final int MAX_REASON_BYTES = 6_000;
    private static final int PAPER_BYTES = 1 + 2 + MAX_REASON_BYTES;

    private final byte[] ballotId;
    private final byte[] tagKey;
    private final byte[] sealKey;

    public BallotBox(UUID ballotId, byte[] key) {
        if (key == null || key.length != Aead.KEY_BYTES) {
            throw new IllegalArgumentException("A ballot key has " + Aead.KEY_BYTES + " bytes");
        }
        this.ballotId = ballotId.toString().getBytes(StandardCharsets.UTF_8);
        this.tagKey = hmac(key, "accord ballot voter tag".getBytes(StandardCharsets.UTF_8));
        this.sealKey = hmac(key, "accord ballot paper seal".getBytes(StandardCharsets.UTF_8));
    }

    public byte[] tagOf(UUID memberId) {
        return hmac(tagKey, memberId.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The voter's paper, sealed so that it opens only under this ballot's key and with this tag. */
    public byte[] seal(byte[] tag, Paper paper) {
        byte[] reason = paper.reason() == null ? new byte[0] : paper.reason().getBytes(StandardCharsets.UTF_8);
        if (reason.length > MAX_REASON_BYTES) {
            throw new IllegalArgumentException("A reason on a paper takes at most " + MAX_REASON_BYTES + " bytes");
        }
        byte[] plain = ByteBuffer.allocate(PAPER_BYTES).put((byte) paper.position().ordinal())
                .putShort((short) reason.length).put(reason).array();
        return Aead.seal(sealKey, plain, ballotId, tag);
    }

    public Paper open(byte[] tag, byte[] sealed) {
        ByteBuffer plain = ByteBuffer.wrap(Aead.open(sealKey, sealed, ballotId, tag));
        Position position = Position.values()[plain.get()];
        byte[] reason = new byte[plain.getShort()];
        plain.get(reason);
        return new Paper(position, reason.length == 0 ? null : new String(reason, StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(data), Aead.KEY_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
