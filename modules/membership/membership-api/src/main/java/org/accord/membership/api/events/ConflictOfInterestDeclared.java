package org.accord.membership.api.events;

public record ConflictOfInterestDeclared(String memberId, String declarationId, String text, Change change)
        implements
            MembershipEvent {
}
