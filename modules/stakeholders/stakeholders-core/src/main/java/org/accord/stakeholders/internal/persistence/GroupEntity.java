package org.accord.stakeholders.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(schema = "stakeholders", name = "stakeholder_group")
public class GroupEntity {

    @Id
    public String code;
    public String name;
    public boolean active;
    public Instant createdAt;
}
