package org.accord.review.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer to one comment or a group of duplicates; a new disposition replaces it on the comments, both kept. */
@Entity
@Table(schema = "review", name = "disposition")
public class DispositionEntity {

    @Id
    public UUID id;
    public UUID roundId;
    public String decision;
    public String modification;
    public String observations;
    public String decidedBy;
    public Instant decidedAt;
}
