package org.accord.publishing.internal.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.accord.publishing.internal.document.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import static org.accord.publishing.internal.bundle.SampleBundles.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;

class BundleWriterTest {

    @TempDir
    static Path keystoreDirectory;

    private static SigningKeys keys;
    private static byte[] bundle;

    @BeforeAll
    static void build() {
        keys = SampleBundles.keys(keystoreDirectory);
        bundle = SampleBundles.build(keys);
    }

    @Test
    void builtBundle_verifies_withEveryCheckPassing() {
        VerificationReport report = BundleVerifier.trusting(keys).verify(bundle);

        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
        List<String> expected = new ArrayList<>(List.of("ZIP", "layout", "manifest", "JWS signature",
                "CMS signature", "files listed"));
        BundleLayout.listedFiles().forEach(name -> expected.add("hash of " + name));
        expected.addAll(List.of("content hash in ballot.json", "content hash in standard.json"));
        assertThat(report.checks()).extracting(Check::name).containsExactlyElementsOf(expected);
    }

    @Test
    void buildingTwice_evenWithTheKeystoreLoadedAgain_givesTheSameBytes() {
        SigningKeys reloaded = SigningKeys.load(keystoreDirectory.resolve("signing.p12"), SampleBundles.PASSWORD,
                SampleBundles.ALIAS);

        assertThat(SampleBundles.build(keys)).isEqualTo(bundle);
        assertThat(SampleBundles.build(reloaded)).isEqualTo(bundle);
    }

    @Test
    void signedBundle_reportsTheHashesOfManifestAndZip_andTheKey() throws Exception {
        SignedBundle signed = new BundleWriter(new ManifestSigner(keys)).write(SUBJECT, SampleBundles.content());

        assertThat(signed.bundleSha256()).isEqualTo(Sha256.hex(bundle));
        assertThat(signed.manifestSha256())
                .isEqualTo(Sha256.hex(SampleBundles.unzip(bundle).get(BundleLayout.MANIFEST)));
        assertThat(signed.keyId()).isEqualTo(keys.keyId());
    }

    @Test
    void zip_storesEveryFileByName_uncompressed_withOneFixedTime_andNoExtraFields() throws IOException {
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.STORED);
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 2, 1, 0, 0));
                assertThat(entry.getExtra()).isNull();
            }
        }
        assertThat(names).isSorted().containsExactlyElementsOf(BundleLayout.allFiles());
    }

    @Test
    void manifest_namesTheVersion_andListsEveryFileButItselfAndItsSignatures() throws Exception {
        Map<String, byte[]> files = SampleBundles.unzip(bundle);
        JsonNode manifest = new ObjectMapper().readTree(files.get(BundleLayout.MANIFEST));

        assertThat(manifest.properties()).extracting(Map.Entry::getKey).containsExactly("formatVersion",
                "standardId", "reference", "title", "versionId", "versionLabel", "contentHash", "ballotId", "builtAt",
                "files");
        assertThat(manifest.get("contentHash").asText()).isEqualTo(SampleBundles.CONTENT_HASH);
        assertThat(manifest.get("builtAt").asText()).isEqualTo("2026-12-01T09:30:00Z");
        assertThat(manifest.get("files")).extracting(file -> file.get("name").asText())
                .containsExactlyElementsOf(BundleLayout.listedFiles());
        for (JsonNode file : manifest.get("files")) {
            byte[] bytes = files.get(file.get("name").asText());
            assertThat(file.get("sha256").asText()).isEqualTo(Sha256.hex(bytes));
            assertThat(file.get("size").asLong()).isEqualTo(bytes.length);
        }
        assertThat(new String(files.get(BundleLayout.MANIFEST), StandardCharsets.UTF_8)).doesNotContain("\r")
                .endsWith("}\n");
    }

    @Test
    void bundle_carriesTheSigningCertificate() throws Exception {
        assertThat(new String(SampleBundles.unzip(bundle).get(BundleLayout.CERTIFICATE), StandardCharsets.US_ASCII))
                .isEqualTo(keys.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n");
    }

    @Test
    void jws_isDetached_andVerifiesWithPlainNimbus_againstThePublishedJwks() throws Exception {
        Map<String, byte[]> files = SampleBundles.unzip(bundle);
        String compact = new String(files.get(BundleLayout.MANIFEST_JWS), StandardCharsets.US_ASCII);
        assertThat(compact.split("\\.", -1)).hasSize(3).satisfies(parts -> assertThat(parts[1]).isEmpty());

        JWSObject jws = JWSObject.parse(compact, new Payload(files.get(BundleLayout.MANIFEST)));
        RSAKey key = JWKSet.parse(keys.jwks()).getKeyByKeyId(jws.getHeader().getKeyID()).toRSAKey();

        assertThat(jws.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jws.verify(new RSASSAVerifier(key))).isTrue();
    }
}
