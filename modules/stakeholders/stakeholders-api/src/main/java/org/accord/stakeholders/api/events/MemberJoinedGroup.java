package org.accord.stakeholders.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

@EventType("accord.stakeholders.MemberJoinedGroup.v1")
public record MemberJoinedGroup(String memberId, String groupCode, String by, Instant at, String reason)
        implements
            StakeholdersEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
