package org.accord.stakeholders.api.events;

import java.time.Instant;

public record BalanceAlertCleared(String ruleId, String rule, Instant at) implements StakeholdersEvent {

    @Override
    public String subject() {
        return ruleId;
    }
}
