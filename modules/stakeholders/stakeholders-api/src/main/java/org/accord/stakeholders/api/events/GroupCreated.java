package org.accord.stakeholders.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

@EventType("accord.stakeholders.GroupCreated.v1")
public record GroupCreated(String code, String name, String by, Instant at) implements StakeholdersEvent {

    @Override
    public String subject() {
        return code;
    }
}
