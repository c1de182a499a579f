package org.accord.review.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A comment as it stands now; every text it had is in {@code comment_revision}. */
@Entity
@Table(schema = "review", name = "comment")
public class CommentEntity {

    public enum Status {
        STANDING, WITHDRAWN
    }

    @Id
    public UUID id;
    public UUID roundId;
    public int number;
    /** Null for a comment on the whole document. */
    public UUID clauseId;
    /** The clause's number in the round's version. */
    public String clauseNumber;
    public Integer lineNumber;
    public String element;
    public String type;
    public String text;
    public String proposedChange;
    public String author;
    public String authorName;
    public String side;
    public String groupCode;
    /** The external body a moderator imported the comment for; null for a member's own comment. */
    public String onBehalfOf;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int revisions;
    public Instant createdAt;
    public Instant revisedAt;
    public Instant hiddenAt;
    public String hiddenBy;
    public String hiddenReason;
    public UUID dispositionId;
    @Version
    public long version;

    public boolean hidden() {
        return hiddenAt != null;
    }
}
