package org.accord.drafting.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(schema = "drafting", name = "ballot_result")
public class BallotResultEntity {

    @Id
    public String ballotId;
    public UUID draftVersionId;
    public boolean passed;
    public Instant closedAt;
}
