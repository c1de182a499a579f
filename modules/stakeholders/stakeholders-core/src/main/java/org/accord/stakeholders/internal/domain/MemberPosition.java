package org.accord.stakeholders.internal.domain;

import java.util.Objects;
import java.util.UUID;

import org.accord.membership.api.Side;

/** One active member as the balance sees them: where they stand and whether they vote. */
public record MemberPosition(UUID memberId, String groupCode, Side side, boolean votingRights) {

    public MemberPosition {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(side, "side");
        if (groupCode == null || groupCode.isBlank()) {
            throw new IllegalArgumentException("Member " + memberId + " needs a stakeholder group code");
        }
    }
}
