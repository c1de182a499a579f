package org.accord.membership.api.events;

import org.accord.platform.events.EventType;

@EventType("accord.membership.MemberLeft.v1")
public record MemberLeft(String memberId, Change change) implements MembershipEvent {
}
