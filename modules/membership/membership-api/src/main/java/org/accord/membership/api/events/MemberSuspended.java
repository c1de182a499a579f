package org.accord.membership.api.events;

import org.accord.platform.events.EventType;

@EventType("accord.membership.MemberSuspended.v1")
public record MemberSuspended(String memberId, Change change) implements MembershipEvent {
}
