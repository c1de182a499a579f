package org.accord.publishing.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * A format of a frozen draft version was rendered and stored for good. {@code sha256} names the stored bytes, and
 * {@code contentHash} the version's text they were rendered from.
 */
@EventType("accord.publishing.ExportGenerated.v1")
public record ExportGenerated(String exportId, String standardId, String versionId, String versionLabel,
        String format, String sha256, long size, String contentHash, String by, Instant at)
        implements
            PublishingEvent {

    @Override
    public String subject() {
        return versionId;
    }
}
