package org.accord.stakeholders.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.accord.stakeholders.api.GroupSummary;

/** {@code standardName}: the group still has the name Accord gave it, which each language says in its own words. */
@Entity
@Table(schema = "stakeholders", name = "stakeholder_group")
public class GroupEntity {

    @Id
    public String code;
    public String name;
    public boolean standardName;
    public boolean active;
    public Instant createdAt;

    public GroupSummary summary() {
        return new GroupSummary(code, name, active, standardName);
    }
}
