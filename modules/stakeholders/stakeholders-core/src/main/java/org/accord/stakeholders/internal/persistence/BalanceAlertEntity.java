package org.accord.stakeholders.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.accord.stakeholders.internal.domain.BalanceRuleKind;
import org.accord.stakeholders.internal.domain.Breach;
import org.accord.stakeholders.internal.domain.Finding;
import org.hibernate.annotations.ColumnTransformer;

/**
 * An alert stays as history once cleared. It keeps the rule's kind and threshold and what broke it as codes and
 * figures, never sentences: each reader gets them in their own language.
 */
@Entity
@Table(schema = "stakeholders", name = "balance_alert")
public class BalanceAlertEntity {

    @Id
    public UUID id;
    public String ruleId;
    @Enumerated(EnumType.STRING)
    public BalanceRuleKind kind;
    public int thresholdPercent;
    @Convert(converter = BreachesColumn.class)
    @ColumnTransformer(write = "cast(? as jsonb)")
    public List<Breach> breaches;
    public Instant raisedAt;
    public Instant clearedAt;

    public Finding finding() {
        return new Finding(kind, thresholdPercent, breaches);
    }

    public void record(Finding finding) {
        kind = finding.kind();
        thresholdPercent = finding.thresholdPercent();
        breaches = finding.breaches();
    }
}
