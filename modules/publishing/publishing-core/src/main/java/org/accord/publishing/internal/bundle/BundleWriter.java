package org.accord.publishing.internal.bundle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.accord.publishing.internal.document.Sha256;

/**
 * Builds a consensus bundle: the content, the signing certificate, the manifest listing them, and the manifest's two
 * signatures, in one deterministic ZIP. The same subject and content signed with the same key always give the same
 * bytes.
 */
public final class BundleWriter {

    private final ManifestSigner signer;

    public BundleWriter(ManifestSigner signer) {
        this.signer = signer;
    }

    public SignedBundle write(BundleSubject subject, BundleContent content) {
        List<BundleFile> listed = new ArrayList<>(content.files());
        listed.add(new BundleFile(BundleLayout.CERTIFICATE, SigningKeys.pemBytes(signer.keys().certificate())));
        byte[] manifest = Manifest.listing(subject, listed).toJson();
        ManifestSigner.ManifestSignatures signatures = signer.sign(manifest);

        List<BundleFile> files = new ArrayList<>(listed);
        files.add(new BundleFile(BundleLayout.MANIFEST, manifest));
        files.add(new BundleFile(BundleLayout.MANIFEST_JWS, signatures.jws().getBytes(StandardCharsets.US_ASCII)));
        files.add(new BundleFile(BundleLayout.MANIFEST_CMS, signatures.cms()));
        byte[] zip = StoredZip.write(files);
        return new SignedBundle(zip, Sha256.hex(manifest), Sha256.hex(zip), signer.keys().keyId());
    }
}
