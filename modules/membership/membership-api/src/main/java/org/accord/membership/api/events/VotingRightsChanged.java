package org.accord.membership.api.events;

public record VotingRightsChanged(String memberId, boolean votingRights, Change change) implements MembershipEvent {
}
