package org.accord.membership.api.events;

public record MemberReinstated(String memberId, Change change) implements MembershipEvent {
}
