package org.accord.publishing.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * A consensus bundle was built and its manifest signed. {@code manifestSha256} is the hash of the signed manifest,
 * {@code bundleSha256} of the ZIP file, and {@code keyId} names the key that signed it.
 */
@EventType("accord.publishing.BundleSigned.v1")
public record BundleSigned(String bundleId, String standardId, String versionId, String versionLabel,
        String ballotId, String contentHash, String manifestSha256, String bundleSha256, String keyId, String by,
        Instant at) implements PublishingEvent {

    @Override
    public String subject() {
        return versionId;
    }
}
