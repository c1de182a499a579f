package org.accord.notifications.internal.persistence;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.internal.domain.BalanceRuleCode;

/** The balance alerts stakeholders has raised and not cleared, one per balance rule, by its kind and threshold. */
@ApplicationScoped
public class AlertRows {

    private final Sql sql;

    AlertRows(Sql sql) {
        this.sql = sql;
    }

    /**
     * @param rule
     *            the rule's kind and threshold; null when stakeholders worded it in a way not known here
     */
    public void raise(String ruleId, BalanceRuleCode rule, Instant at) {
        sql.update("insert into notifications.balance_alert (rule_id, rule_kind, threshold_percent, raised_at)"
                + " values (?, ?, ?, ?) on conflict (rule_id) do update set rule_kind = excluded.rule_kind,"
                + " threshold_percent = excluded.threshold_percent, raised_at = excluded.raised_at", ruleId,
                rule == null ? null : rule.kind().name(), rule == null ? null : rule.thresholdPercent(), at);
    }

    /** @return whether an alert was open for the rule */
    public boolean clear(String ruleId) {
        return sql.update("delete from notifications.balance_alert where rule_id = ?", ruleId) == 1;
    }
}
