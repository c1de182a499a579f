package org.accord.transparency.internal.log;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * The Ed25519 key that signs tree heads, read from its PKCS#8 encoding in Base64, and the public key that verifies
 * them. The JDK has no call that derives an Ed25519 public key from a private one; its key pair generator derives it
 * from the 32 random bytes it draws, so it is handed the private key's own bytes as those.
 */
public final class LogSigningKey {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private LogSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /**
     * @throws IllegalArgumentException
     *             when the text is no Base64 PKCS#8 Ed25519 private key
     */
    public static LogSigningKey fromPkcs8(String base64) {
        PrivateKey key;
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64.strip());
            key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("The log's signing key is no Ed25519 private key in Base64 PKCS#8", e);
        }
        byte[] seed = ((EdECPrivateKey) key).getBytes()
                .orElseThrow(() -> new IllegalArgumentException("The log's signing key has no private bytes"));
        return new LogSigningKey(key, publicKeyOf(seed));
    }

    public byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signs any message with a valid key", e);
        }
    }

    /** The DER SubjectPublicKeyInfo of the public key. */
    public byte[] publicKeyDer() {
        return publicKey.getEncoded();
    }

    public String publicKeyPem() {
        String base64 = Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(publicKeyDer());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

    private static PublicKey publicKeyOf(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new GivenBytes(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] drawn = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            if (!Arrays.equals(drawn, seed)) {
                throw new IllegalStateException("The Java runtime drew other bytes for an Ed25519 key than it was"
                        + " given; the log's public key cannot be derived from its private key");
            }
            return pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The Java runtime has no Ed25519", e);
        }
    }

    /** A source of randomness that gives the one private key it holds. */
    private static final class GivenBytes extends SecureRandom {

        private final byte[] bytes;

        GivenBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] into) {
            if (into.length != bytes.length) {
                throw new IllegalStateException("Asked for " + into.length + " bytes of an Ed25519 key, not 32");
            }
            System.arraycopy(bytes, 0, into, 0, into.length);
        }
    }
}
