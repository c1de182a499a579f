package org.accord.drafting.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a standard's history: append-only. */
@Entity
@Table(schema = "drafting", name = "standard_change")
public class StandardChangeEntity {

    @Id
    public UUID id;
    public UUID standardId;
    public UUID clauseId;
    public String kind;
    public String summary;
    public String actor;
    public Instant at;
    public String reason;
}
