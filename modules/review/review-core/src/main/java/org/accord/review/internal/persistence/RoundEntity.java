package org.accord.review.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(schema = "review", name = "round")
public class RoundEntity {

    public enum Status {
        SCHEDULED, OPEN, CLOSED
    }

    @Id
    public UUID id;
    public UUID standardId;
    public UUID draftVersionId;
    public String title;
    public String instructions;
    public Instant opensAt;
    public Instant closesAt;
    /** False keeps the comments from members' view until the round closes. */
    public boolean visibleWhileOpen;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String createdBy;
    public Instant createdAt;
    public Instant openedAt;
    public Instant closedAt;
    /** The moderator who closed the round early, and why; both null when it closed at its closing time. */
    public String closedBy;
    public String closeReason;
    /**
     * When the round's last fifth began and it was looked at for balance, once; the sides and groups with voting
     * members that had not commented then (comma-separated, empty when none: a flag is raised only if either is not).
     */
    public Instant balanceCheckedAt;
    public String silentSides;
    public String silentGroups;
    /** The last comment number given out in this round; comments are numbered 1, 2, … per round. */
    public int commentsMade;
    @Version
    public long version;

    public boolean acceptsComments(Instant now) {
        return status == Status.OPEN && now.isBefore(closesAt);
    }

    public boolean flagged() {
        return balanceCheckedAt != null && !(silentSides.isEmpty() && silentGroups.isEmpty());
    }

    public boolean commentsVisible() {
        return visibleWhileOpen || status == Status.CLOSED;
    }
}
