package org.accord.membership.api.events;

public record MemberProfileUpdated(String memberId, String fullName, String affiliation, Change change)
        implements
            MembershipEvent {
}
