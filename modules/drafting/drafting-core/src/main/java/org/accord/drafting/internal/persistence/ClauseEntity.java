package org.accord.drafting.internal.persistence;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.accord.drafting.internal.domain.ClauseKind;

@Entity
@Table(schema = "drafting", name = "clause")
public class ClauseEntity {

    @Id
    public UUID id;
    public UUID standardId;
    public UUID parentId;
    public int position;
    @Enumerated(EnumType.STRING)
    public ClauseKind kind;
    public UUID currentRevisionId;
    public boolean removed;
    @Version
    public long version;
}
