package org.accord.drafting.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.accord.drafting.internal.domain.Stage;

@Entity
@Table(schema = "drafting", name = "standard")
public class StandardEntity {

    @Id
    public UUID id;
    public String reference;
    public String title;
    public String scope;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    /** When the standard entered its current stage. */
    public Instant stageSince;
    /** Usernames, comma-separated. */
    public String editors;
    public Instant createdAt;
    public String createdBy;
    @Version
    public long version;
}
