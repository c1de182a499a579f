package org.accord.publishing.internal.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The key that signs bundles, from a PKCS#12 keystore: the private key and certificate under the configured alias.
 * Every other certificate in the keystore is a key that signed earlier bundles; all are published, so bundles signed
 * before a key was replaced still verify. Keys are RSA, because bundles must be byte-identical when built again and RSA
 * PKCS#1 v1.5 signatures (RS256, SHA256withRSA) are deterministic where ECDSA and RSA-PSS are not.
 */
public final class SigningKeys {

    private static final int MINIMUM_BITS = 2048;

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final List<X509Certificate> published;

    private SigningKeys(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> published) {
        this.privateKey = privateKey;
        this.certificate = certificate;
        this.published = List.copyOf(published);
    }

    /**
     * Loads the keystore.
     *
     * @throws IllegalStateException
     *             naming the keystore, when it is missing, the password is wrong or the alias holds no RSA key
     */
    public static SigningKeys load(Path keystore, char[] password, String alias) {
        if (!Files.isRegularFile(keystore)) {
            throw new IllegalStateException("The bundle signing keystore " + keystore + " does not exist. Mount the"
                    + " PKCS#12 keystore there, or point ACCORD_SIGNING_KEYSTORE at it");
        }
        KeyStore store;
        try (InputStream in = Files.newInputStream(keystore)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the bundle signing keystore " + keystore
                    + " as PKCS#12 with the configured password", e);
        }
        return from(store, keystore, password, alias);
    }

    /** Loads the keystore, first making a demo keystore with a new key there if there is none. */
    public static SigningKeys loadOrCreateDemo(Path keystore, char[] password, String alias) {
        if (!Files.exists(keystore)) {
            DemoKeystore.create(keystore, password, alias);
        }
        return load(keystore, password, alias);
    }

    /** The RFC 7638 thumbprint of the signing key: the {@code kid} of its JWK and of every JWS it signs. */
    public String keyId() {
        return keyId(certificate);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The signing certificate first, then those of earlier keys. */
    public List<X509Certificate> publishedCertificates() {
        return published;
    }

    /** The public keys of {@link #publishedCertificates()} as a JWK Set, each with its {@code kid} and chain. */
    public String jwks() {
        return new JWKSet(published.stream().map(SigningKeys::jwk).toList()).toPublicJWKSet().toString();
    }

    /** The signing certificate in PEM, as a bundle carries it in {@code certificate.pem}. */
    public String certificatePem() {
        return pem(certificate);
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    static String keyId(X509Certificate certificate) {
        try {
            return new RSAKey.Builder(rsaKey(certificate)).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    static RSAPublicKey rsaKey(X509Certificate certificate) {
        if (!(certificate.getPublicKey() instanceof RSAPublicKey key)) {
            throw new IllegalStateException("Bundles are signed with RSA keys only, for deterministic signatures; "
                    + certificate.getSubjectX500Principal() + " has a " + certificate.getPublicKey().getAlgorithm()
                    + " key");
        }
        if (key.getModulus().bitLength() < MINIMUM_BITS) {
            throw new IllegalStateException("The RSA key of " + certificate.getSubjectX500Principal() + " has "
                    + key.getModulus().bitLength() + " bits; bundles need at least " + MINIMUM_BITS);
        }
        return key;
    }

    static String pem(X509Certificate certificate) {
        try {
            String base64 = Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A loaded certificate encodes again", e);
        }
    }

    static byte[] pemBytes(X509Certificate certificate) {
        return pem(certificate).getBytes(StandardCharsets.US_ASCII);
    }

    private static SigningKeys from(KeyStore store, Path keystore, char[] password, String alias) {
        try {
            if (!store.isKeyEntry(alias) || !(store.getCertificate(alias) instanceof X509Certificate signing)) {
                throw new IllegalStateException("The bundle signing keystore " + keystore + " has no key with a"
                        + " certificate under the alias " + alias);
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            rsaKey(signing);
            List<X509Certificate> published = new ArrayList<>(List.of(signing));
            for (String other : Collections.list(store.aliases()).stream().sorted().toList()) {
                Certificate certificate = store.getCertificate(other);
                if (!other.equals(alias) && certificate instanceof X509Certificate earlier) {
                    rsaKey(earlier);
                    published.add(earlier);
                }
            }
            return new SigningKeys(key, signing, published);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the key " + alias + " from " + keystore, e);
        }
    }

    private static JWK jwk(X509Certificate certificate) {
        try {
            return new RSAKey.Builder(rsaKey(certificate)).keyID(keyId(certificate)).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .x509CertChain(List.of(com.nimbusds.jose.util.Base64.encode(certificate.getEncoded()))).build();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A loaded certificate encodes again", e);
        }
    }
}
