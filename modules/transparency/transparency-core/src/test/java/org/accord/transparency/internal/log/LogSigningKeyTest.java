package org.accord.transparency.internal.log;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The head's signed message is the contract's, and the key signs as RFC 8032 says with the public key it derives. */
class LogSigningKeyTest {

    private static final HexFormat HEX = HexFormat.of();
    /** RFC 8032 section 7.1, TEST 1. */
    private static final String SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private static final String SIGNATURE_OF_NOTHING = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e0652249"
            + "01555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    /** The PKCS#8 (RFC 8410) wrapping of an Ed25519 private key. */
    private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";
    /** The SubjectPublicKeyInfo (RFC 8410) wrapping of an Ed25519 public key. */
    private static final String SPKI_PREFIX = "302a300506032b6570032100";

    private final LogSigningKey key = LogSigningKey
            .fromPkcs8(Base64.getEncoder().encodeToString(HEX.parseHex(PKCS8_PREFIX + SECRET)));

    @Test
    void rfc8032Test1_derivesThePublicKey_andSignsAsTheRfcShows() {
        assertThat(HEX.formatHex(key.publicKeyDer())).isEqualTo(SPKI_PREFIX + PUBLIC);
        assertThat(HEX.formatHex(key.sign(new byte[0]))).isEqualTo(SIGNATURE_OF_NOTHING);
    }

    @Test
    void pem_isTheDerKeyInBase64BetweenTheUsualLines() {
        assertThat(key.publicKeyPem()).isEqualTo("-----BEGIN PUBLIC KEY-----\n"
                + Base64.getEncoder().encodeToString(key.publicKeyDer()) + "\n-----END PUBLIC KEY-----\n");
    }

    @Test
    void aSignedHead_verifiesWithThePublicKey_andNotOnceAnyFieldChanges() throws Exception {
        byte[] root = HEX.parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        TreeHead head = new TreeHead(8, root, 1_796_000_000_123L);
        assertThat(new String(head.message(), StandardCharsets.UTF_8)).isEqualTo("{\"rootHash\":"
                + "\"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328\",\"timestamp\":1796000000123,"
                + "\"treeSize\":8}");
        byte[] signature = key.sign(head.message());
        assertThat(verifies(head.message(), signature)).isTrue();
        assertThat(verifies(new TreeHead(9, root, head.timestampMs()).message(), signature)).isFalse();
        assertThat(verifies(new TreeHead(8, root, head.timestampMs() + 1).message(), signature)).isFalse();
        assertThat(verifies(new TreeHead(8, TreeHashes.emptyRoot(), head.timestampMs()).message(), signature))
                .isFalse();
    }

    @Test
    void keysThatAreNoEd25519PrivateKey_areRefused() {
        assertThatThrownBy(() -> LogSigningKey.fromPkcs8("not base64 at all!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ed25519");
        assertThatThrownBy(() -> LogSigningKey.fromPkcs8(Base64.getEncoder().encodeToString(key.publicKeyDer())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private boolean verifies(byte[] message, byte[] signature) throws Exception {
        PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(key.publicKeyDer()));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(message);
        return verifier.verify(signature);
    }
}
