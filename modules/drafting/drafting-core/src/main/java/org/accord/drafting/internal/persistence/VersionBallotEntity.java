package org.accord.drafting.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A ballot on a draft version, as drafting heard of it from voting: open until {@code endedAt}. {@code draftVersionId}
 * is null for a ballot heard of only through its cancellation.
 */
@Entity
@Table(schema = "drafting", name = "version_ballot")
public class VersionBallotEntity {

    @Id
    public String ballotId;
    public UUID draftVersionId;
    public Instant openedAt;
    public Instant endedAt;
}
