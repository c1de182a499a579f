package org.accord.notifications.internal.app;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberLeft;
import org.accord.membership.api.events.MemberProfileUpdated;
import org.accord.membership.api.events.MemberReinstated;
import org.accord.membership.api.events.MemberRolesChanged;
import org.accord.membership.api.events.MemberSuspended;
import org.accord.membership.api.events.MembershipEvent;
import org.accord.membership.api.events.VotingRightsChanged;
import org.accord.notifications.internal.domain.MembershipChange;
import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.notifications.internal.persistence.MemberRows;
import org.accord.stakeholders.api.GroupSummary;
import org.accord.stakeholders.api.StakeholderGroups;
import org.accord.stakeholders.api.events.MemberJoinedGroup;

/** Keeps the members as membership and stakeholders tell of them, and tells each member what changed for them. */
@ApplicationScoped
public class MembershipIntake {

    /** The events of membership this intake takes. */
    public static final List<Class<? extends MembershipEvent>> EVENTS = List.of(MemberAdmitted.class,
            MemberProfileUpdated.class, MemberRolesChanged.class, VotingRightsChanged.class, MemberSuspended.class,
            MemberReinstated.class, MemberLeft.class);

    private final MemberRows members;
    private final NoticeWriting notices;
    private final NeedsSignal needs;
    private final StakeholderGroups groups;

    MembershipIntake(MemberRows members, NoticeWriting notices, NeedsSignal needs, StakeholderGroups groups) {
        this.members = members;
        this.notices = notices;
        this.needs = needs;
        this.groups = groups;
    }

    @Transactional(TxType.MANDATORY)
    public void take(UUID eventId, MembershipEvent event) {
        UUID memberId = UUID.fromString(event.memberId());
        switch (event) {
            case MemberAdmitted admitted -> {
                members.admit(memberId, admitted.username(), admitted.fullName(), admitted.email(), admitted.roles(),
                        admitted.votingRights(), admitted.stakeholderGroup());
                tell(eventId, event, MembershipChange.ADMITTED, Map.of());
            }
            case MemberProfileUpdated updated -> members.rename(memberId, updated.fullName());
            case MemberRolesChanged changed -> {
                members.changeRoles(memberId, changed.roles());
                tell(eventId, event, MembershipChange.ROLES, Map.of("roles", String.join(",", changed.roles())));
            }
            case VotingRightsChanged changed -> {
                members.changeVotingRights(memberId, changed.votingRights());
                tell(eventId, event, MembershipChange.VOTING_RIGHTS,
                        Map.of("votingRights", String.valueOf(changed.votingRights())));
            }
            case MemberSuspended suspended -> {
                members.changeStatus(memberId, MemberStatus.SUSPENDED.name());
                tell(eventId, event, MembershipChange.SUSPENDED, Map.of());
            }
            case MemberReinstated reinstated -> {
                members.changeStatus(memberId, MemberStatus.ACTIVE.name());
                tell(eventId, event, MembershipChange.REINSTATED, Map.of());
            }
            case MemberLeft left -> members.changeStatus(memberId, MemberStatus.LEFT.name());
            default -> throw new IllegalArgumentException("Not among the events taken: " + event);
        }
    }

    /**
     * Tells a member of a move to another group; the group they were admitted into came with their admission. The
     * notice keeps the group's code, and its name as stakeholders know it for a group whose code has no words here.
     */
    @Transactional(TxType.MANDATORY)
    public void take(UUID eventId, MemberJoinedGroup joined) {
        UUID memberId = UUID.fromString(joined.memberId());
        if (!members.moveToGroup(memberId, joined.groupCode())) {
            return;
        }
        Map<String, String> group = Notice.params("group", joined.groupCode(), "groupName",
                groups.find(joined.groupCode()).map(GroupSummary::name).orElse(null));
        tellMember(eventId, memberId, MembershipChange.GROUP, group, joined.by(), joined.at());
    }

    private void tell(UUID eventId, MembershipEvent event, MembershipChange change, Map<String, String> more) {
        tellMember(eventId, UUID.fromString(event.memberId()), change, more, event.change().by(),
                event.change().at());
    }

    private void tellMember(UUID eventId, UUID memberId, MembershipChange change, Map<String, String> more,
            String actor, Instant at) {
        Map<String, String> params = new LinkedHashMap<>(more);
        params.put("change", change.name());
        List<UUID> told = notices.sendAboutThemselves(new Notice(NoticeKind.MEMBERSHIP_CHANGED, eventId, memberId,
                params, actor, at), memberId);
        needs.changed(eventId, told, at);
    }
}
