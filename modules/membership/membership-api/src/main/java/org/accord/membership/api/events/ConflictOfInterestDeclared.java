package org.accord.membership.api.events;

import org.accord.platform.events.EventType;

@EventType("accord.membership.ConflictOfInterestDeclared.v1")
public record ConflictOfInterestDeclared(String memberId, String declarationId, String text, Change change)
        implements
            MembershipEvent {
}
