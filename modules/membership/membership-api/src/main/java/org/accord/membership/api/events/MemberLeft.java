package org.accord.membership.api.events;

public record MemberLeft(String memberId, Change change) implements MembershipEvent {
}
