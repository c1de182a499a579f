package org.accord.notifications.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed part of an unsubscribe link: which member stops receiving which kind of e-mail ({@code kind} empty: every
 * kind, as a digest's link says), and an HMAC-SHA256 over both under the server's key, so that no one can write a link
 * for another member or another kind. The form is {@code <member id>.<KIND or all>.<signature>}, all URL-safe.
 */
public record UnsubscribeToken(UUID memberId, Optional<NoticeKind> kind) {

    private static final String ALL = "all";
    private static final String HMAC = "HmacSHA256";

    public static UnsubscribeToken of(UUID memberId, NoticeKind kind) {
        return new UnsubscribeToken(memberId, Optional.of(kind));
    }

    public static UnsubscribeToken allOf(UUID memberId) {
        return new UnsubscribeToken(memberId, Optional.empty());
    }

    public String sign(byte[] key) {
        String payload = payload();
        return payload + "." + signature(key, payload);
    }

    /** The token a link carries, if it is well formed and its signature is this server's; empty otherwise. */
    public static Optional<UnsubscribeToken> verify(String token, byte[] key) {
        if (token == null) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, lastDot);
        byte[] expected = signature(key, payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        return parse(payload);
    }

    private String payload() {
        return memberId + "." + kind.map(Enum::name).orElse(ALL);
    }

    private static Optional<UnsubscribeToken> parse(String payload) {
        String[] parts = payload.split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            UUID member = UUID.fromString(parts[0]);
            return Optional.of(parts[1].equals(ALL)
                    ? allOf(member)
                    : of(member, NoticeKind.valueOf(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String signature(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
