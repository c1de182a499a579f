package org.accord.stakeholders.internal.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberLeft;
import org.accord.membership.api.events.MemberProfileUpdated;
import org.accord.membership.api.events.MemberReinstated;
import org.accord.membership.api.events.MemberSuspended;
import org.accord.membership.api.events.MembershipEvent;
import org.accord.membership.api.events.VotingRightsChanged;
import org.accord.stakeholders.internal.persistence.MemberPositionEntity;
import org.accord.stakeholders.internal.persistence.StakeholderRepositories;
import org.jboss.logging.Logger;

/** Applies what membership announces to this module's read model of members, then re-checks the balance. */
@ApplicationScoped
public class MembershipChanges {

    private static final Logger LOG = Logger.getLogger(MembershipChanges.class);

    private final StakeholderRepositories.Members members;
    private final StakeholderRepositories.Groups groups;
    private final GroupAssignments assignments;
    private final BalanceWatch balance;

    MembershipChanges(StakeholderRepositories.Members members, StakeholderRepositories.Groups groups,
            GroupAssignments assignments, BalanceWatch balance) {
        this.members = members;
        this.groups = groups;
        this.assignments = assignments;
        this.balance = balance;
    }

    @Transactional(TxType.MANDATORY)
    public void apply(MembershipEvent event) {
        switch (event) {
            case MemberAdmitted admitted -> admit(admitted);
            case MemberProfileUpdated updated -> member(updated).ifPresent(m -> m.fullName = updated.fullName());
            case VotingRightsChanged changed -> member(changed).ifPresent(m -> m.votingRights = changed.votingRights());
            case MemberSuspended suspended -> member(suspended).ifPresent(m -> m.status = MemberStatus.SUSPENDED);
            case MemberReinstated reinstated -> member(reinstated).ifPresent(m -> m.status = MemberStatus.ACTIVE);
            case MemberLeft left -> member(left).ifPresent(m -> {
                m.status = MemberStatus.LEFT;
                assignments.leaveCurrent(m, left.change().by(), left.change().reason());
            });
            default -> {
                return;
            }
        }
        balance.reevaluate();
    }

    private void admit(MemberAdmitted admitted) {
        UUID id = UUID.fromString(admitted.memberId());
        if (members.findByIdOptional(id).isPresent()) {
            return;
        }
        MemberPositionEntity member = new MemberPositionEntity();
        member.memberId = id;
        member.fullName = admitted.fullName();
        member.side = admitted.side();
        member.votingRights = admitted.votingRights();
        member.status = MemberStatus.ACTIVE;
        members.persist(member);
        if (groups.findByIdOptional(admitted.stakeholderGroup()).isPresent()) {
            assignments.join(member, admitted.stakeholderGroup(), admitted.change().by(), admitted.change().reason());
        } else {
            LOG.warnf("Member %s was admitted into unknown group %s; they stay unassigned until moved",
                    admitted.memberId(), admitted.stakeholderGroup());
        }
    }

    private java.util.Optional<MemberPositionEntity> member(MembershipEvent event) {
        return members.findByIdOptional(UUID.fromString(event.memberId()));
    }
}
