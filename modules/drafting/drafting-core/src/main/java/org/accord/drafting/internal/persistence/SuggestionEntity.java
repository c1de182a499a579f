package org.accord.drafting.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(schema = "drafting", name = "suggestion")
public class SuggestionEntity {

    public enum Status {
        OPEN, ACCEPTED, DECLINED
    }

    @Id
    public UUID id;
    public UUID standardId;
    public UUID clauseId;
    public UUID baseRevisionId;
    public String heading;
    public String text;
    public String reason;
    public String author;
    public Instant createdAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    public String decidedBy;
    public Instant decidedAt;
    public String decisionReason;
    public UUID revisionId;
    @Version
    public long version;
}
