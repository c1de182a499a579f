package org.accord.voting.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(schema = "voting", name = "ballot")
public class BallotEntity {

    public enum Status {
        SCHEDULED, OPEN, CLOSED, CANCELLED
    }

    @Id
    public UUID id;
    /** The moderator's title; null for a ballot on a draft version titled after it in each reader's language. */
    public String title;
    public UUID draftVersionId;
    public String question;
    public String instructions;
    /** The rule as JSON. */
    public String rule;
    public boolean secret;
    /** SHA-256 of the text of the draft version the ballot is on, as drafting published it; null for a question. */
    public String contentHash;
    public Instant opensAt;
    public Instant closesAt;
    /** When the ballot actually opened and its voters were fixed. */
    public Instant openedAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    public String createdBy;
    public Instant createdAt;
    public Instant closedAt;
    /** The moderator who closed or cancelled the ballot, and why; both null when its clock closed it on time. */
    public String closedBy;
    public String closeReason;
    public Boolean passed;
    @Version
    public long version;
}
