package org.accord.membership.api;

import java.util.List;
import java.util.UUID;

/** What another module's page may show of a member right now. */
public record MemberSummary(UUID id, String fullName, String affiliation, Side side, MemberStatus status,
        boolean votingRights, List<String> roles) {
}
