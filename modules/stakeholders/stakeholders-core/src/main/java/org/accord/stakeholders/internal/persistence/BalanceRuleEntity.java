package org.accord.stakeholders.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.accord.stakeholders.internal.domain.BalanceRuleKind;

@Entity
@Table(schema = "stakeholders", name = "balance_rule")
public class BalanceRuleEntity {

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public BalanceRuleKind kind;
    public int thresholdPercent;
    public Instant createdAt;
}
