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
@Table(schema = "drafting", name = "draft_version")
public class DraftVersionEntity {

    @Id
    public UUID id;
    public UUID standardId;
    public String label;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    public Instant publishedAt;
    public String publishedBy;
    /** SHA-256 of the canonical text (see the drafting API's ContentHash). */
    public String contentHash;
}
