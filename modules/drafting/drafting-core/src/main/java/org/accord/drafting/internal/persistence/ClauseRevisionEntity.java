package org.accord.drafting.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Never updated: a save writes a new revision. */
@Entity
@Table(schema = "drafting", name = "clause_revision")
public class ClauseRevisionEntity {

    @Id
    public UUID id;
    public UUID clauseId;
    public UUID standardId;
    public int number;
    public String heading;
    public String text;
    public UUID basedOn;
    public String rationale;
    public UUID suggestionId;
    public String author;
    public Instant createdAt;
    /** The review comments this revision says it answers (a PostgreSQL uuid[]); empty when none. */
    public UUID[] answersComments = new UUID[0];
}
