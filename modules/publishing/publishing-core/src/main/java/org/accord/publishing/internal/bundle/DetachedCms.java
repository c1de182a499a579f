package org.accord.publishing.internal.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The one form of the manifest's CMS signature: DER SignedData without the content, one signer named by issuer and
 * serial number, the signer's certificate and nothing else, and no signing time. Having one form lets the verifier
 * rebuild the whole file around the signature value it found, so a change to any byte is noticed, including bytes that
 * CMS leaves unsigned.
 */
final class DetachedCms {

    static final String ALGORITHM = "SHA256withRSA";

    private DetachedCms() {
    }

    static byte[] encode(byte[] manifest, X509Certificate certificate, ContentSigner signer) {
        try {
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
            // The default attributes add the time of signing, which would make every signature different.
            signerInfo.setSignedAttributeGenerator(parameters -> new DefaultSignedAttributeTableGenerator()
                    .getAttributes(parameters).remove(CMSAttributes.signingTime));
            var generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo.build(signer, certificate));
            generator.addCertificate(new JcaX509CertificateHolder(certificate));
            return generator.generate(new CMSProcessableByteArray(manifest), false).getEncoded("DER");
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new IllegalStateException("Could not encode the manifest's CMS signature", e);
        }
    }

    /** A signer that hands back a signature already made, to rebuild the file that carried it. */
    static ContentSigner replaying(byte[] signature) {
        AlgorithmIdentifier algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(ALGORITHM);
        return new ContentSigner() {

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return OutputStream.nullOutputStream();
            }

            @Override
            public byte[] getSignature() {
                return signature.clone();
            }
        };
    }
}
