package org.accord.publishing.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "PublishingLiaisonReply")
@Table(schema = "publishing", name = "liaison_reply")
public class LiaisonReplyEntity {

    @Id
    public UUID id;
    public UUID statementId;
    public LocalDate receivedOn;
    public String summary;
    /** Markdown, as received; empty when the summary says it all. */
    public String body;
    public String recordedBy;
    public Instant recordedAt;
}
