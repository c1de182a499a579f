package org.accord.membership.api.events;

public record MemberSuspended(String memberId, Change change) implements MembershipEvent {
}
