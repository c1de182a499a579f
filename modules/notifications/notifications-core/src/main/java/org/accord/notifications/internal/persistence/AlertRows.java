package org.accord.notifications.internal.persistence;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/** The balance alerts stakeholders has raised and not cleared, one per balance rule. */
@ApplicationScoped
public class AlertRows {

    private final Sql sql;

    AlertRows(Sql sql) {
        this.sql = sql;
    }

    public void raise(String ruleId, String rule, String finding, Instant at) {
        sql.update("insert into notifications.balance_alert (rule_id, rule, finding, raised_at) values (?, ?, ?, ?)"
                + " on conflict (rule_id) do update set rule = excluded.rule, finding = excluded.finding,"
                + " raised_at = excluded.raised_at", ruleId, rule, finding, at);
    }

    /** @return whether an alert was open for the rule */
    public boolean clear(String ruleId) {
        return sql.update("delete from notifications.balance_alert where rule_id = ?", ruleId) == 1;
    }
}
