package org.accord.review.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "ReviewDraftVersion")
@Table(schema = "review", name = "draft_version")
public class DraftVersionEntity {

    @Id
    public UUID id;
    public UUID standardId;
    public String label;
    public Instant publishedAt;
}
