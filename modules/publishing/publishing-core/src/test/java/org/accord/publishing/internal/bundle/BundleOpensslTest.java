package org.accord.publishing.internal.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An outside body's checks with OpenSSL and shell tools, the commands ADR 0025 gives, where they are installed. */
class BundleOpensslTest {

    /** ADR 0025: the CMS signature, against the certificate the server publishes (here the bundle's copy). */
    private static final String CMS_VERIFY = "openssl cms -verify -binary -inform DER -in manifest.p7s"
            + " -content manifest.json -CAfile certificate.pem -purpose any -out /dev/null";

    /** ADR 0025: the JWS (RS256, payload detached), rebuilding the signing input from manifest.json. */
    private static final String JWS_VERIFY = """
            printf '%s.%s' "$(cut -d. -f1 manifest.jws)" "$(basenc --base64url -w0 manifest.json | tr -d =)" > jws-input
            cut -d. -f3 manifest.jws | basenc --base64url -d > jws-signature.bin
            openssl x509 -in certificate.pem -pubkey -noout > public-key.pem
            openssl dgst -sha256 -verify public-key.pem -signature jws-signature.bin jws-input
            """;

    @TempDir
    static Path keystoreDirectory;

    private static byte[] bundle;

    @BeforeAll
    static void build() {
        assumeTrue(onPath("openssl"), "openssl is not installed");
        bundle = SampleBundles.build(SampleBundles.keys(keystoreDirectory));
    }

    @Test
    void cmsSignature_verifiesWithOpenssl(@TempDir Path extracted) throws Exception {
        extract(bundle, extracted);

        Result result = run(extracted, CMS_VERIFY);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Verification successful");
    }

    @Test
    void cmsSignature_failsWithOpenssl_whenTheManifestChanged(@TempDir Path extracted) throws Exception {
        extract(bundle, extracted);
        tamperWithManifest(extracted);

        Result result = run(extracted, CMS_VERIFY);

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("Verification failure");
    }

    @Test
    void jwsSignature_verifiesWithOpensslAndShellTools(@TempDir Path extracted) throws Exception {
        assumeTrue(onPath("basenc"), "basenc (GNU coreutils) is not installed");
        extract(bundle, extracted);

        Result result = run(extracted, JWS_VERIFY);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Verified OK");
    }

    @Test
    void jwsSignature_failsWithOpensslAndShellTools_whenTheManifestChanged(@TempDir Path extracted)
            throws Exception {
        assumeTrue(onPath("basenc"), "basenc (GNU coreutils) is not installed");
        extract(bundle, extracted);
        tamperWithManifest(extracted);

        Result result = run(extracted, JWS_VERIFY);

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("Verification failure");
    }

    private static void extract(byte[] bundle, Path directory) throws Exception {
        for (Map.Entry<String, byte[]> file : SampleBundles.unzip(bundle).entrySet()) {
            Files.write(directory.resolve(file.getKey()), file.getValue());
        }
    }

    private static void tamperWithManifest(Path directory) throws IOException {
        Path manifest = directory.resolve(BundleLayout.MANIFEST);
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, text.replace("\"CD 2\"", "\"CD 3\""), StandardCharsets.UTF_8);
    }

    private static boolean onPath(String command) {
        try {
            return run(Path.of("."), "command -v " + command).exitCode() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Result run(Path directory, String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("sh", "-c", script)).directory(directory.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
