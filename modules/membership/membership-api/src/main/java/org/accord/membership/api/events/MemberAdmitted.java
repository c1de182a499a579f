package org.accord.membership.api.events;

import java.util.List;

import org.accord.membership.api.Side;

/**
 * {@code stakeholderGroup} is the group the member joins on admission; the stakeholders module owns it from then on.
 * {@code username} is the member's sign-in name, by which other modules recognise the signed-in member.
 */
public record MemberAdmitted(String memberId, String email, String username, String fullName, String affiliation,
        Side side, String stakeholderGroup, List<String> roles, boolean votingRights, Change change)
        implements
            MembershipEvent {
}
