package org.accord.stakeholders.api.events;

import java.time.Instant;

public record GroupRenamed(String code, String name, String by, Instant at) implements StakeholdersEvent {

    @Override
    public String subject() {
        return code;
    }
}
