package org.accord.stakeholders.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An alert stays as history once cleared. */
@Entity
@Table(schema = "stakeholders", name = "balance_alert")
public class BalanceAlertEntity {

    @Id
    public UUID id;
    public String ruleId;
    public String rule;
    public String finding;
    public Instant raisedAt;
    public Instant clearedAt;
}
