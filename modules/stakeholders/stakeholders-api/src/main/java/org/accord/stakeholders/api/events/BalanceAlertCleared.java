package org.accord.stakeholders.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/**
 * A balance rule holds again, or was removed. {@code rule} says it in English; {@code kind} and
 * {@code thresholdPercent} give the rule as codes (null in events written before they existed).
 */
@EventType("accord.stakeholders.BalanceAlertCleared.v1")
public record BalanceAlertCleared(String ruleId, String rule, Instant at, String kind, Integer thresholdPercent)
        implements
            StakeholdersEvent {

    public BalanceAlertCleared(String ruleId, String rule, Instant at) {
        this(ruleId, rule, at, null, null);
    }

    @Override
    public String subject() {
        return ruleId;
    }
}
