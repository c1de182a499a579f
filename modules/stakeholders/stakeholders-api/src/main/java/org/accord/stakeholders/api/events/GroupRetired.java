package org.accord.stakeholders.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

@EventType("accord.stakeholders.GroupRetired.v1")
public record GroupRetired(String code, String by, Instant at, String reason) implements StakeholdersEvent {

    @Override
    public String subject() {
        return code;
    }
}
