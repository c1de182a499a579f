package org.accord.publishing.internal.bundle;

import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;

/**
 * Signs a manifest twice, both detached: a JWS for those who check JSON signatures, and CMS for those who check with
 * OpenSSL or an S/MIME toolkit. Both are RSA PKCS#1 v1.5 over SHA-256, which is deterministic, and the CMS signature
 * carries no signing time, so the same manifest signed with the same key gives the same bytes.
 */
public final class ManifestSigner {

    private final SigningKeys keys;

    public ManifestSigner(SigningKeys keys) {
        this.keys = keys;
    }

    /** The key the signatures name. */
    public SigningKeys keys() {
        return keys;
    }

    ManifestSignatures sign(byte[] manifest) {
        return new ManifestSignatures(jws(manifest), cms(manifest));
    }

    /** RFC 7515 compact serialization with the payload left out (Appendix F): {@code header..signature}. */
    private String jws(byte[] manifest) {
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.keyId()).build();
        var jws = new JWSObject(header, new Payload(manifest));
        try {
            jws.sign(new RSASSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the manifest as JWS", e);
        }
        return jws.serialize(true);
    }

    private byte[] cms(byte[] manifest) {
        try {
            return DetachedCms.encode(manifest, keys.certificate(),
                    new JcaContentSignerBuilder(DetachedCms.ALGORITHM).build(keys.privateKey()));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Could not sign the manifest as CMS", e);
        }
    }

    /** The two detached signatures of one manifest. */
    record ManifestSignatures(String jws, byte[] cms) {
    }
}
