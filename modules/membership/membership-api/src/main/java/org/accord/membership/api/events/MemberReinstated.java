package org.accord.membership.api.events;

import org.accord.platform.events.EventType;

@EventType("accord.membership.MemberReinstated.v1")
public record MemberReinstated(String memberId, Change change) implements MembershipEvent {
}
