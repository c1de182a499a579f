package org.accord.drafting.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.accord.drafting.internal.domain.Stage;

@Entity
@Table(schema = "drafting", name = "ballot_result")
public class BallotResultEntity {

    @Id
    public String ballotId;
    public UUID draftVersionId;
    public boolean passed;
    public Instant closedAt;
    /** The hash of the version's text as voting recorded it when the ballot opened; null for older ballots. */
    public String contentHash;
    public Instant openedAt;
    /** The stage change this ballot carried, if any: each ballot carries at most one. */
    @Enumerated(EnumType.STRING)
    public Stage carriedStage;
    public Instant carriedAt;
}
