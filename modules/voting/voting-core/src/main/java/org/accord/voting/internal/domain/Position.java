package org.accord.voting.internal.domain;

/** What a member answered on a ballot. */
public enum Position {
    APPROVE, APPROVE_WITH_COMMENTS, DISAPPROVE, ABSTAIN;

    /** Approving with comments is still an approval; the comments are handled after the vote. */
    public boolean approves() {
        return this == APPROVE || this == APPROVE_WITH_COMMENTS;
    }
}
