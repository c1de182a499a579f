package org.accord.membership.api.events;

import java.util.List;

import org.accord.membership.api.Side;
import org.accord.platform.events.EventType;

/**
 * {@code stakeholderGroup} is the group the member joins on admission; the stakeholders module owns it from then on.
 * {@code username} is the member's sign-in name, by which other modules recognise the signed-in member.
 */
@EventType("accord.membership.MemberAdmitted.v1")
public record MemberAdmitted(String memberId, String email, String username, String fullName, String affiliation,
        Side side, String stakeholderGroup, List<String> roles, boolean votingRights, Change change)
        implements
            MembershipEvent {
}
