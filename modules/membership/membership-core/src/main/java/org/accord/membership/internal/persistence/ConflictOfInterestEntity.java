package org.accord.membership.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(schema = "membership", name = "conflict_of_interest")
public class ConflictOfInterestEntity {

    @Id
    public UUID id;
    public UUID memberId;
    public String text;
    public Instant declaredAt;
}
