package org.accord.voting.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "VotingDraftVersion")
@Table(schema = "voting", name = "draft_version")
public class DraftVersionEntity {

    @Id
    public UUID id;
    public UUID standardId;
    public String reference;
    public String title;
    public String label;
    public Instant publishedAt;
    /** Null for versions published before drafting sent content hashes; no ballot can be opened on those. */
    public String contentHash;
}
