package org.accord.publishing.web;

import java.util.Base64;
import java.util.HexFormat;

import jakarta.ws.rs.core.Response;

/**
 * A stored file as a download. Stored files never change, so the hash is a strong entity tag and browsers may keep
 * them; the hash is also sent as an RFC 9530 digest for clients that check what they received.
 */
final class Downloads {

    private Downloads() {
    }

    static Response of(byte[] content, String mediaType, String fileName, String sha256) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("ETag", "\"" + sha256 + "\"")
                .header("Repr-Digest",
                        "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":")
                .header("Cache-Control", "private, max-age=31536000, immutable").build();
    }
}
