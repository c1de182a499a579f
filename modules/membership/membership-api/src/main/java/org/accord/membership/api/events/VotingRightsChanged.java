package org.accord.membership.api.events;

import org.accord.platform.events.EventType;

@EventType("accord.membership.VotingRightsChanged.v1")
public record VotingRightsChanged(String memberId, boolean votingRights, Change change) implements MembershipEvent {
}
