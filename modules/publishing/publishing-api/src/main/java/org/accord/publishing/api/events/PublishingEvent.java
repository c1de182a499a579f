package org.accord.publishing.api.events;

import java.time.Instant;

import org.accord.platform.events.IntegrationEvent;

/**
 * Every event on topic {@code accord.publishing.v1}. Exports and bundles are keyed by the draft version they render,
 * liaison events by their statement, so each subject's events stay in order.
 */
public sealed interface PublishingEvent extends IntegrationEvent
        permits ExportGenerated, BundleSigned, LiaisonStatementSent, LiaisonReplyRecorded {

    Instant at();
}
