package org.accord.voting.internal.domain;

/** What a share of approvals or disapprovals is measured against. */
public enum Denominator {
    /** Approvals plus disapprovals; abstentions and members who have not voted are left out. */
    VOTES_CAST,
    /** Everyone eligible, so abstentions and members who have not voted count against. */
    ELIGIBLE
}
