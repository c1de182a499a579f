package org.accord.publishing.internal.bundle;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;

import static org.accord.publishing.internal.bundle.SampleBundles.ALIAS;
import static org.accord.publishing.internal.bundle.SampleBundles.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeysTest {

    @TempDir
    Path directory;

    @Test
    void demoKeystore_isMadeOnce_andUsedAgainAfterwards() throws Exception {
        Path keystore = directory.resolve("demo/signing.p12");

        SigningKeys first = SigningKeys.loadOrCreateDemo(keystore, PASSWORD, ALIAS);
        byte[] stored = Files.readAllBytes(keystore);
        SigningKeys second = SigningKeys.loadOrCreateDemo(keystore, PASSWORD, ALIAS);

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.certificate()).isEqualTo(first.certificate());
        assertThat(Files.readAllBytes(keystore)).isEqualTo(stored);
    }

    @Test
    void demoKey_isRsa3072_withASelfSignedCertificate() throws Exception {
        SigningKeys keys = SampleBundles.keys(directory);

        assertThat(((RSAPublicKey) keys.certificate().getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        assertThat(keys.certificate().getSubjectX500Principal()).isEqualTo(keys.certificate()
                .getIssuerX500Principal());
        keys.certificate().verify(keys.certificate().getPublicKey());
    }

    @Test
    void jwks_holdsThePublicKeyOnly_namedByItsRfc7638Thumbprint() throws Exception {
        SigningKeys keys = SampleBundles.keys(directory);

        JsonNode key = new ObjectMapper().readTree(keys.jwks()).get("keys").get(0);

        assertThat(JWKSet.parse(keys.jwks()).containsNonPublicKeys()).isFalse();
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("e")).isTrue();
        assertThat(key.has("d") || key.has("p") || key.has("q") || key.has("dp") || key.has("dq") || key.has("qi"))
                .isFalse();
        assertThat(key.get("kid").asText()).isEqualTo(keys.keyId()).isEqualTo(thumbprint(key));
        assertThat(key.get("alg").asText()).isEqualTo("RS256");
        assertThat(key.get("use").asText()).isEqualTo("sig");
    }

    @Test
    void earlierKeysInTheKeystore_stayPublished_andTheirBundlesStillVerify() throws Exception {
        SigningKeys earlier = SigningKeys.loadOrCreateDemo(directory.resolve("earlier.p12"), PASSWORD, ALIAS);
        byte[] signedEarlier = SampleBundles.build(earlier);
        Path rotated = directory.resolve("rotated.p12");
        SigningKeys.loadOrCreateDemo(rotated, PASSWORD, ALIAS);
        addCertificate(rotated, "signing-2026", earlier.certificate());

        SigningKeys current = SigningKeys.load(rotated, PASSWORD, ALIAS);

        assertThat(current.keyId()).isNotEqualTo(earlier.keyId());
        assertThat(current.publishedCertificates()).hasSize(2).element(1).isEqualTo(earlier.certificate());
        assertThat(JWKSet.parse(current.jwks()).getKeyByKeyId(earlier.keyId())).isNotNull();
        assertThat(BundleVerifier.trusting(current).verify(signedEarlier).passed()).isTrue();
    }

    @Test
    void aMissingKeystore_isRefused_whenNoneMayBeMade() {
        Path keystore = directory.resolve("absent.p12");

        assertThatThrownBy(() -> SigningKeys.load(keystore, PASSWORD, ALIAS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(keystore.toString())
                .hasMessageContaining("does not exist");
        assertThat(keystore).doesNotExist();
    }

    @Test
    void aWrongPasswordOrAlias_isRefused_namingTheKeystore() {
        Path keystore = directory.resolve("signing.p12");
        SigningKeys.loadOrCreateDemo(keystore, PASSWORD, ALIAS);

        assertThatThrownBy(() -> SigningKeys.load(keystore, "wrong".toCharArray(), ALIAS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(keystore.toString());
        assertThatThrownBy(() -> SigningKeys.load(keystore, PASSWORD, "other"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("alias other");
    }

    /** RFC 7638: SHA-256 over the required members, in lexical order, without whitespace. */
    private static String thumbprint(JsonNode rsaKey) throws Exception {
        String members = "{\"e\":\"" + rsaKey.get("e").asText() + "\",\"kty\":\"RSA\",\"n\":\""
                + rsaKey.get("n").asText() + "\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static void addCertificate(Path keystore, String alias, Certificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        store.setCertificateEntry(alias, certificate);
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, PASSWORD);
        }
    }
}
