package org.accord.membership.api.events;

import org.accord.platform.events.EventType;

@EventType("accord.membership.MemberProfileUpdated.v1")
public record MemberProfileUpdated(String memberId, String fullName, String affiliation, Change change)
        implements
            MembershipEvent {
}
