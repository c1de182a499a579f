package org.accord.publishing.internal.bundle;

/**
 * A built bundle: the ZIP's bytes, with the hashes and key that {@code BundleSigned} reports.
 *
 * @param manifestSha256
 *            SHA-256 of {@code manifest.json}, the signed bytes
 * @param bundleSha256
 *            SHA-256 of the whole ZIP
 * @param keyId
 *            the {@code kid} of the key that signed the manifest
 */
public record SignedBundle(byte[] bytes, String manifestSha256, String bundleSha256, String keyId) {

    public SignedBundle {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
