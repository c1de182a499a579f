package org.accord.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * An Ed25519 key for the public log's tree heads, PKCS#8 in Base64 as an operator gives it in
 * {@code ACCORD_TRANSPARENCY_SIGNING_KEY}, made with the JDK. A LOCAL DEMO key: made for the local stack (kept under
 * {@code .local/state}) and for a test run, it signs nothing anyone should trust.
 */
public final class LogSigningKey {

    private LogSigningKey() {
    }

    public static String generate() {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime since 15 has Ed25519", e);
        }
    }

    /** {@code LogSigningKey <file>}: makes the local stack's key in the file unless it has one, and prints it. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, generate(), StandardCharsets.US_ASCII);
        }
        System.out.println(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }
}
