package org.accord.stakeholders.api.events;

import java.time.Instant;

public record GroupRetired(String code, String by, Instant at, String reason) implements StakeholdersEvent {

    @Override
    public String subject() {
        return code;
    }
}
