package org.accord.stakeholders.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

@EventType("accord.stakeholders.BalanceAlertCleared.v1")
public record BalanceAlertCleared(String ruleId, String rule, Instant at) implements StakeholdersEvent {

    @Override
    public String subject() {
        return ruleId;
    }
}
