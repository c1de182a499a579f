package org.accord.membership.api.events;

import java.util.List;

public record MemberRolesChanged(String memberId, List<String> roles, Change change) implements MembershipEvent {
}
