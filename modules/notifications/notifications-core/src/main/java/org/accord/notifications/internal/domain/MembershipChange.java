package org.accord.notifications.internal.domain;

/** What changed in a member's membership, as the notice to that member tells it. */
public enum MembershipChange {
    ADMITTED, ROLES, VOTING_RIGHTS, SUSPENDED, REINSTATED, GROUP
}
