package org.accord.stakeholders.api.events;

import java.time.Instant;

/** A balance rule stopped holding: {@code finding} says by how much, in words. */
public record BalanceAlertRaised(String ruleId, String rule, String finding, Instant at) implements StakeholdersEvent {

    @Override
    public String subject() {
        return ruleId;
    }
}
