package org.accord.membership.api.events;

import org.accord.platform.events.IntegrationEvent;

/** Every event on topic {@code accord.membership.v1}; the subject is the member id. */
public sealed interface MembershipEvent extends IntegrationEvent permits MemberAdmitted, MemberProfileUpdated,
        MemberRolesChanged, VotingRightsChanged, MemberSuspended, MemberReinstated, MemberLeft,
        ConflictOfInterestDeclared {

    String memberId();

    Change change();

    @Override
    default String subject() {
        return memberId();
    }
}
