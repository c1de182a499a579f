package org.accord.publishing.api.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.accord.platform.events.EventType;

/** A liaison recorded a statement sent to another body, with the bundles attached and the date a reply is due. */
@EventType("accord.publishing.LiaisonStatementSent.v1")
public record LiaisonStatementSent(String statementId, String addressee, String title, List<String> bundleIds,
        LocalDate replyDue, String by, Instant at) implements PublishingEvent {

    @Override
    public String subject() {
        return statementId;
    }
}
