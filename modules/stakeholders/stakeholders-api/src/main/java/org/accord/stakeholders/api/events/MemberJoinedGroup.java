package org.accord.stakeholders.api.events;

import java.time.Instant;

public record MemberJoinedGroup(String memberId, String groupCode, String by, Instant at, String reason)
        implements
            StakeholdersEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
