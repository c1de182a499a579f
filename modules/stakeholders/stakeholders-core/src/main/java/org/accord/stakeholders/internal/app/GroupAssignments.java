package org.accord.stakeholders.internal.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.membership.api.MemberStatus;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.outbox.Outbox;
import org.accord.stakeholders.api.GroupLabels;
import org.accord.stakeholders.api.StakeholdersModule;
import org.accord.stakeholders.api.events.MemberJoinedGroup;
import org.accord.stakeholders.api.events.MemberLeftGroup;
import org.accord.stakeholders.internal.persistence.GroupEntity;
import org.accord.stakeholders.internal.persistence.GroupMembershipEntity;
import org.accord.stakeholders.internal.persistence.MemberPositionEntity;
import org.accord.stakeholders.internal.persistence.StakeholderRepositories;

/** A member belongs to one group at a time; every join and leave is kept. */
@ApplicationScoped
public class GroupAssignments {

    private final StakeholderRepositories.Groups groups;
    private final StakeholderRepositories.Members members;
    private final StakeholderRepositories.Memberships memberships;
    private final Outbox outbox;
    private final BalanceWatch balance;

    GroupAssignments(StakeholderRepositories.Groups groups, StakeholderRepositories.Members members,
            StakeholderRepositories.Memberships memberships, Outbox outbox, BalanceWatch balance) {
        this.groups = groups;
        this.members = members;
        this.memberships = memberships;
        this.outbox = outbox;
        this.balance = balance;
    }

    /** An administrator moves a member to another group. */
    @Transactional
    public void move(UUID memberId, String groupCode, String reasonText, String actor) {
        String reason = GroupRules.reason(reasonText);
        MemberPositionEntity member = members.findByIdOptional(memberId)
                .orElseThrow(() -> RuleViolation.notFound(Text.of("stakeholders.no_member", String.valueOf(memberId))));
        if (member.status == MemberStatus.LEFT) {
            throw RuleViolation.conflict("memberId", Text.of("stakeholders.member_left", member.fullName));
        }
        GroupEntity group = activeGroup(groupCode);
        if (group.code.equals(member.groupCode)) {
            throw RuleViolation.conflict("group", Text.of("stakeholders.member_already_in_group", member.fullName,
                    GroupLabels.of(group.code, group.name, group.standardName)));
        }
        leaveCurrent(member, actor, reason);
        join(member, group.code, actor, reason);
        balance.reevaluate();
    }

    /** Called in the transaction of the event that put the member into a group. */
    void join(MemberPositionEntity member, String groupCode, String actor, String reason) {
        Instant now = Instant.now();
        GroupMembershipEntity stay = new GroupMembershipEntity();
        stay.id = UUID.randomUUID();
        stay.memberId = member.memberId;
        stay.groupCode = groupCode;
        stay.joinedAt = now;
        stay.joinedBy = actor;
        stay.joinReason = reason;
        memberships.persist(stay);
        member.groupCode = groupCode;
        outbox.append(StakeholdersModule.NAME,
                new MemberJoinedGroup(member.memberId.toString(), groupCode, actor, now, reason));
    }

    void leaveCurrent(MemberPositionEntity member, String actor, String reason) {
        memberships.open(member.memberId).ifPresent(stay -> {
            stay.leftAt = Instant.now();
            stay.leftBy = actor;
            stay.leaveReason = reason;
            outbox.append(StakeholdersModule.NAME,
                    new MemberLeftGroup(member.memberId.toString(), stay.groupCode, actor, stay.leftAt, reason));
        });
        member.groupCode = null;
        // Hibernate inserts before it updates; the closed stay must reach the table before a new one opens.
        memberships.flush();
    }

    private GroupEntity activeGroup(String code) {
        return groups.findByIdOptional(code == null ? "" : code).filter(group -> group.active)
                .orElseThrow(() -> RuleViolation.invalid("group", Text.of("stakeholders.no_active_group", code)));
    }
}
