package org.accord.drafting.internal.persistence;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/**
 * One line of a standard's history: append-only. It keeps what happened ({@code kind}) and its facts ({@code params}),
 * never a sentence; {@code reason} is what the person wrote.
 */
@Entity
@Table(schema = "drafting", name = "standard_change")
public class StandardChangeEntity {

    @Id
    public UUID id;
    public UUID standardId;
    public UUID clauseId;
    public String kind;
    @Convert(converter = JsonParameters.class)
    @ColumnTransformer(write = "cast(? as jsonb)")
    public Map<String, String> params;
    public String actor;
    public Instant at;
    public String reason;
}
