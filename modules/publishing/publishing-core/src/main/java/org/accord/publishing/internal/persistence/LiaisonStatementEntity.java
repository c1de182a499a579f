package org.accord.publishing.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "PublishingLiaisonStatement")
@Table(schema = "publishing", name = "liaison_statement")
public class LiaisonStatementEntity {

    @Id
    public UUID id;
    public String addressee;
    public String subject;
    /** Markdown, as written. */
    public String body;
    /** Null when no reply is asked for. */
    public LocalDate replyDue;
    public String sentBy;
    public Instant sentAt;
}
