package org.accord.membership.api.events;

import java.util.List;

import org.accord.membership.api.Side;

/**
 * {@code stakeholderGroup} is the group the member joins on admission; the stakeholders module owns it from then on.
 */
public record MemberAdmitted(String memberId, String email, String fullName, String affiliation, Side side,
        String stakeholderGroup, List<String> roles, boolean votingRights, Change change) implements MembershipEvent {
}
