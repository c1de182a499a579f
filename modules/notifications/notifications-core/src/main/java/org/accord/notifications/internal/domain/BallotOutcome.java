package org.accord.notifications.internal.domain;

/** How a ballot ended, as its notices tell it: never a position, a tally or anything about one voter. */
public enum BallotOutcome {
    PASSED, FAILED, CANCELLED;

    public static BallotOutcome of(boolean passed) {
        return passed ? PASSED : FAILED;
    }
}
