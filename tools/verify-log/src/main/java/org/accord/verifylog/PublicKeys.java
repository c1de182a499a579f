package org.accord.verifylog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The log's Ed25519 public key, as a PEM file, Base64 text or DER bytes of its SubjectPublicKeyInfo. */
final class PublicKeys {

    private PublicKeys() {
    }

    /** The key in a file: PEM ("-----BEGIN PUBLIC KEY-----"), Base64 of the DER, or the DER itself. */
    static PublicKey read(Path file) throws IOException, GeneralSecurityException {
        byte[] content = Files.readAllBytes(file);
        if (content.length > 0 && content[0] == 0x30) {
            return ed25519(content);
        }
        return fromText(new String(content, StandardCharsets.US_ASCII));
    }

    static PublicKey fromText(String text) throws GeneralSecurityException {
        String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return ed25519(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not PEM or Base64 text", e);
        }
    }

    static PublicKey ed25519(byte[] subjectPublicKeyInfo) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
    }

    /** SHA-256 of the key's DER form, the fingerprint to compare with one published out of band. */
    static String fingerprint(PublicKey key) {
        try {
            return Hex.of(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
