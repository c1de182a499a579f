package org.accord.review.internal.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.membership.api.MemberStatus;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.review.internal.persistence.MemberEntity;
import org.accord.review.internal.persistence.ReviewRepositories;

/** The members review knows, as membership and stakeholders announced them. */
@ApplicationScoped
class Participants {

    /** A member who may write: their side and group now, recorded with what they write. */
    record Participant(UUID memberId, String username, String fullName, String side, String groupCode) {
    }

    private final ReviewRepositories.Members members;
    private final ReviewRepositories.MemberGroups groups;

    Participants(ReviewRepositories.Members members, ReviewRepositories.MemberGroups groups) {
        this.members = members;
        this.groups = groups;
    }

    /** Every active member may comment, observers included; suspended and departed members may not. */
    Participant active(String username) {
        MemberEntity member = members.byUsername(username).orElseThrow(() -> RuleViolation.forbidden(null,
                Text.of("review.not_a_member")));
        if (!MemberStatus.ACTIVE.name().equals(member.status)) {
            throw RuleViolation.forbidden(null, Text.of(MemberStatus.SUSPENDED.name().equals(member.status)
                    ? "review.membership_suspended"
                    : "review.membership_ended"));
        }
        String group = groups.findByIdOptional(member.memberId).map(g -> g.groupCode).orElse(null);
        return new Participant(member.memberId, member.username, member.fullName, member.side, group);
    }
}
