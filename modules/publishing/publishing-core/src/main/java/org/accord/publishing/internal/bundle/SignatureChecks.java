package org.accord.publishing.internal.bundle;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSAVerifier;

/**
 * Checks the manifest's two signatures against the keys this server publishes, never against a certificate the bundle
 * brings along: a bundle that carries its own certificate proves only that it was not changed after signing.
 */
final class SignatureChecks {

    static final String JWS = "JWS signature";
    static final String CMS = "CMS signature";

    private final List<X509Certificate> trusted;

    SignatureChecks(List<X509Certificate> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    Check jws(byte[] manifest, byte[] jwsBytes) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(new String(jwsBytes, StandardCharsets.US_ASCII), new Payload(manifest));
        } catch (ParseException | RuntimeException e) {
            return Check.fail(JWS, "JWS signature does not verify: manifest.jws is not a JWS");
        }
        if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())) {
            return Check.fail(JWS, "JWS signature does not verify: algorithm " + jws.getHeader().getAlgorithm()
                    + " is not RS256");
        }
        String keyId = jws.getHeader().getKeyID();
        Optional<X509Certificate> signer = trusted.stream().filter(c -> SigningKeys.keyId(c).equals(keyId))
                .findFirst();
        if (signer.isEmpty()) {
            return Check.fail(JWS, "JWS signature does not verify: key " + keyId + " is not a published key");
        }
        try {
            if (jws.verify(new RSASSAVerifier(SigningKeys.rsaKey(signer.get())))) {
                return Check.pass(JWS, "JWS signature verifies with key " + keyId);
            }
        } catch (JOSEException | RuntimeException e) {
            // reported below, as for a signature that does not match
        }
        return Check.fail(JWS, "JWS signature does not verify with key " + keyId);
    }

    Check cms(byte[] manifest, byte[] p7s) {
        SignerInformation signer;
        try {
            Collection<SignerInformation> signers = new CMSSignedData(new CMSProcessableByteArray(manifest), p7s)
                    .getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Check.fail(CMS, "CMS signature does not verify: it has " + signers.size() + " signers, not 1");
            }
            signer = signers.iterator().next();
        } catch (CMSException | RuntimeException e) {
            return Check.fail(CMS, "CMS signature does not verify: manifest.p7s is not CMS signed data");
        }
        Optional<X509Certificate> certificate = trusted.stream().filter(c -> identifies(signer, c)).findFirst();
        if (certificate.isEmpty()) {
            return Check.fail(CMS, "CMS signature does not verify: its signer is not a published key");
        }
        String keyId = SigningKeys.keyId(certificate.get());
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.get()))) {
                return Check.fail(CMS, "CMS signature does not verify with key " + keyId);
            }
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return Check.fail(CMS, "CMS signature does not verify with key " + keyId);
        }
        byte[] rebuilt = DetachedCms.encode(manifest, certificate.get(), DetachedCms.replaying(signer.getSignature()));
        if (!Arrays.equals(rebuilt, p7s)) {
            return Check.fail(CMS, "CMS signature does not verify: manifest.p7s holds more or other than the signed"
                    + " data Accord writes around this signature");
        }
        return Check.pass(CMS, "CMS signature verifies with key " + keyId);
    }

    private static boolean identifies(SignerInformation signer, X509Certificate certificate) {
        try {
            return signer.getSID().match(new JcaX509CertificateHolder(certificate));
        } catch (CertificateEncodingException e) {
            return false;
        }
    }
}
