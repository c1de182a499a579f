package org.accord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bundle signing keystore an operator would mount, made with the JDK's {@code keytool} as an operator would make
 * one: the packaged application does not start without it.
 */
final class SigningKeystore {

    /** A password for a keystore that lives only as long as the test run. */
    static final String PASSWORD = "accord-test-signing-password";

    private SigningKeystore() {
    }

    static Path create(Path directory) {
        Path keystore = directory.resolve("bundle-signing.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        try {
            Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-keyalg", "RSA",
                    "-keysize", "3072", "-sigalg", "SHA256withRSA", "-validity", "30", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", PASSWORD, "-alias", "accord-bundle-signing",
                    "-dname", "CN=Accord test bundle signing")).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("keytool.log").toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool could not make " + keystore + "; see keytool.log beside it");
            }
            return keystore;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
