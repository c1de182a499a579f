package org.accord.membership.internal.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.membership.api.events.MemberLeft;
import org.accord.membership.api.events.MemberReinstated;
import org.accord.membership.api.events.MemberRolesChanged;
import org.accord.membership.api.events.MemberSuspended;
import org.accord.membership.api.events.VotingRightsChanged;
import org.accord.membership.internal.domain.Member;
import org.accord.membership.internal.domain.MemberRoles;
import org.accord.membership.internal.domain.Reason;
import org.accord.membership.internal.persistence.MemberRepository;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/**
 * What administrators change about a member: roles, voting rights, suspension, departure. The member's account follows
 * once the change is stored ({@link AccountsInStep}).
 */
@ApplicationScoped
public class MemberAdministration {

    private final MemberRepository members;
    private final MemberHistory history;

    MemberAdministration(MemberRepository members, MemberHistory history) {
        this.members = members;
        this.history = history;
    }

    @Transactional
    public void changeRoles(UUID memberId, List<String> roles, String reasonText, String actor) {
        Reason reason = new Reason(reasonText);
        Member member = load(memberId);
        member.changeRoles(MemberRoles.of(roles));
        save(member);
        history.record(new MemberRolesChanged(memberId.toString(), member.roles().values(),
                MemberHistory.change(actor, reason.text())));
    }

    @Transactional
    public void changeVotingRights(UUID memberId, boolean votingRights, String reasonText, String actor) {
        Reason reason = new Reason(reasonText);
        Member member = load(memberId);
        member.changeVotingRights(votingRights);
        save(member);
        history.record(new VotingRightsChanged(memberId.toString(), votingRights,
                MemberHistory.change(actor, reason.text())));
    }

    @Transactional
    public void suspend(UUID memberId, String reasonText, String actor) {
        Reason reason = new Reason(reasonText);
        Member member = load(memberId);
        member.suspend();
        save(member);
        history.record(new MemberSuspended(memberId.toString(), MemberHistory.change(actor, reason.text())));
    }

    @Transactional
    public void reinstate(UUID memberId, String reasonText, String actor) {
        Reason reason = new Reason(reasonText);
        Member member = load(memberId);
        member.reinstate();
        save(member);
        history.record(new MemberReinstated(memberId.toString(), MemberHistory.change(actor, reason.text())));
    }

    @Transactional
    public void recordDeparture(UUID memberId, String reasonText, String actor) {
        Reason reason = new Reason(reasonText);
        Member member = load(memberId);
        member.leave();
        save(member);
        history.record(new MemberLeft(memberId.toString(), MemberHistory.change(actor, reason.text())));
    }

    private Member load(UUID memberId) {
        return members.member(memberId)
                .orElseThrow(() -> RuleViolation.notFound(Text.of("membership.no_member", memberId.toString())));
    }

    private void save(Member member) {
        members.update(member);
    }
}
