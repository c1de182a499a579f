package org.accord.drafting.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ballot open on a draft version, as drafting heard from voting; gone once it closes or is cancelled. */
@Entity
@Table(schema = "drafting", name = "open_ballot")
public class OpenBallotEntity {

    @Id
    public String ballotId;
    public UUID draftVersionId;
    public Instant openedAt;
}
