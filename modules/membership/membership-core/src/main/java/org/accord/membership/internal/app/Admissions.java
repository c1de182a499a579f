package org.accord.membership.internal.app;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.membership.api.Side;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.internal.domain.Email;
import org.accord.membership.internal.domain.Member;
import org.accord.membership.internal.domain.MemberRoles;
import org.accord.membership.internal.domain.Profile;
import org.accord.membership.internal.domain.Reason;
import org.accord.membership.internal.persistence.MemberRepository;
import org.accord.platform.errors.RuleViolation;
import org.accord.stakeholders.api.GroupSummary;
import org.accord.stakeholders.api.StakeholderGroups;

/** Admitting a person into the working group: their account, their record, their first group. */
@ApplicationScoped
public class Admissions {

    private final MemberRepository members;
    private final IdentityDirectory identities;
    private final StakeholderGroups groups;
    private final MemberHistory history;

    Admissions(MemberRepository members, IdentityDirectory identities, StakeholderGroups groups,
            MemberHistory history) {
        this.members = members;
        this.identities = identities;
        this.groups = groups;
        this.history = history;
    }

    @Transactional
    public Member admit(Admission admission, String actor) {
        Email email = new Email(admission.email());
        Profile profile = new Profile(admission.fullName(), admission.affiliation());
        Side side = Member.parseSide(admission.side());
        MemberRoles roles = MemberRoles.of(admission.roles());
        Reason reason = new Reason(admission.reason());
        GroupSummary group = activeGroup(admission.stakeholderGroup());
        if (members.emailTaken(email)) {
            throw RuleViolation.conflict("email", "A member with the email " + email + " already exists.");
        }
        IdentityDirectory.Account account = identities.ensureAccount(email.value(), profile.fullName(),
                roles.values());
        Member member = Member.admit(email, account.username(), profile, side, roles, admission.votingRights(),
                Instant.now());
        members.add(member, account.id());
        history.record(new MemberAdmitted(member.id().toString(), email.value(), member.username(), profile.fullName(),
                profile.affiliation(), side, group.code(), roles.values(), member.votingRights(),
                MemberHistory.change(actor, reason.text())),
                "Admitted to " + group.name() + " on the " + side + " side as " + String.join(", ", roles.values()));
        return member;
    }

    private GroupSummary activeGroup(String code) {
        if (code == null || code.isBlank()) {
            throw RuleViolation.invalid("stakeholderGroup", "Stakeholder group is required.");
        }
        return groups.find(code.strip()).filter(GroupSummary::active)
                .orElseThrow(() -> RuleViolation.invalid("stakeholderGroup",
                        "There is no active stakeholder group '" + abbreviate(code) + "'."));
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
