package org.accord.publishing.internal.bundle;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.accord.publishing.internal.document.StandardDocument;

/**
 * What a bundle is of, as its manifest names it: the standard, the consensus version and its content hash, the ballot
 * that approved it, and when the bundle was built. The build time is given, never read from a clock, so that building
 * again from the same inputs gives the same bytes.
 */
public record BundleSubject(UUID standardId, String reference, String title, UUID versionId, String versionLabel,
        String contentHash, UUID ballotId, Instant builtAt) {

    public BundleSubject {
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(versionLabel, "versionLabel");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(ballotId, "ballotId");
        Objects.requireNonNull(builtAt, "builtAt");
    }

    public static BundleSubject of(StandardDocument version, UUID ballotId, Instant builtAt) {
        return new BundleSubject(version.standardId(), version.reference(), version.title(), version.versionId(),
                version.versionLabel(), version.contentHash(), ballotId, builtAt);
    }
}
