package org.accord.publishing.api.events;

import java.time.Instant;
import java.time.LocalDate;

import org.accord.platform.events.EventType;

/** The reply another body sent to a liaison statement was recorded against it. */
@EventType("accord.publishing.LiaisonReplyRecorded.v1")
public record LiaisonReplyRecorded(String statementId, String replyId, LocalDate receivedOn, String by, Instant at)
        implements
            PublishingEvent {

    @Override
    public String subject() {
        return statementId;
    }
}
