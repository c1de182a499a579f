package org.accord.membership.api.events;

import java.util.List;

import org.accord.platform.events.EventType;

@EventType("accord.membership.MemberRolesChanged.v1")
public record MemberRolesChanged(String memberId, List<String> roles, Change change) implements MembershipEvent {
}
