package org.accord.stakeholders.api.events;

import java.time.Instant;

import org.accord.platform.events.EventType;

@EventType("accord.stakeholders.MemberLeftGroup.v1")
public record MemberLeftGroup(String memberId, String groupCode, String by, Instant at, String reason)
        implements
            StakeholdersEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
