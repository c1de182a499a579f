package org.accord.publishing.internal.bundle;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.accord.platform.i18n.Text;
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

    static final Check.Topic JWS = Check.Topic.of("JWS signature", "publishing.check_jws");
    static final Check.Topic CMS = Check.Topic.of("CMS signature", "publishing.check_cms");

    private final List<X509Certificate> trusted;

    SignatureChecks(List<X509Certificate> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    Check jws(byte[] manifest, byte[] jwsBytes) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(new String(jwsBytes, StandardCharsets.US_ASCII), new Payload(manifest));
        } catch (ParseException | RuntimeException e) {
            return Check.fail(JWS, Text.of("publishing.jws_not_jws"));
        }
        if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())) {
            return Check.fail(JWS, Text.of("publishing.jws_algorithm",
                    String.valueOf(jws.getHeader().getAlgorithm())));
        }
        String keyId = jws.getHeader().getKeyID();
        Optional<X509Certificate> signer = trusted.stream().filter(c -> SigningKeys.keyId(c).equals(keyId))
                .findFirst();
        if (signer.isEmpty()) {
            return Check.fail(JWS, Text.of("publishing.jws_unknown_key", String.valueOf(keyId)));
        }
        try {
            if (jws.verify(new RSASSAVerifier(SigningKeys.rsaKey(signer.get())))) {
                return Check.pass(JWS, Text.of("publishing.jws_verified", keyId));
            }
        } catch (JOSEException | RuntimeException e) {
            // reported below, as for a signature that does not match
        }
        return Check.fail(JWS, Text.of("publishing.jws_not_verified", keyId));
    }

    Check cms(byte[] manifest, byte[] p7s) {
        SignerInformation signer;
        try {
            Collection<SignerInformation> signers = new CMSSignedData(new CMSProcessableByteArray(manifest), p7s)
                    .getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Check.fail(CMS, Text.of("publishing.cms_signers", signers.size()));
            }
            signer = signers.iterator().next();
        } catch (CMSException | RuntimeException e) {
            return Check.fail(CMS, Text.of("publishing.cms_not_cms"));
        }
        Optional<X509Certificate> certificate = trusted.stream().filter(c -> identifies(signer, c)).findFirst();
        if (certificate.isEmpty()) {
            return Check.fail(CMS, Text.of("publishing.cms_unknown_signer"));
        }
        String keyId = SigningKeys.keyId(certificate.get());
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.get()))) {
                return Check.fail(CMS, Text.of("publishing.cms_not_verified", keyId));
            }
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return Check.fail(CMS, Text.of("publishing.cms_not_verified", keyId));
        }
        byte[] rebuilt = DetachedCms.encode(manifest, certificate.get(), DetachedCms.replaying(signer.getSignature()));
        if (!Arrays.equals(rebuilt, p7s)) {
            return Check.fail(CMS, Text.of("publishing.cms_extra"));
        }
        return Check.pass(CMS, Text.of("publishing.cms_verified", keyId));
    }

    private static boolean identifies(SignerInformation signer, X509Certificate certificate) {
        try {
            return signer.getSID().match(new JcaX509CertificateHolder(certificate));
        } catch (CertificateEncodingException e) {
            return false;
        }
    }
}
