package org.accord.stakeholders.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

/** A balance rule stopped holding: {@code finding} says by how much, in words. */
@EventType("accord.stakeholders.BalanceAlertRaised.v1")
public record BalanceAlertRaised(String ruleId, String rule, String finding, Instant at) implements StakeholdersEvent {

    @Override
    public String subject() {
        return ruleId;
    }
}
