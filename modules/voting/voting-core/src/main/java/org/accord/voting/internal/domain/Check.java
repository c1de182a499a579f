package org.accord.voting.internal.domain;

/**
 * Whether a rule holds in one scope, in plain English, and how much more approving weight from those who have not voted
 * would make it hold.
 *
 * @param approvalsStillNeeded
 *            0 when the check holds, -1 when even approvals from everyone who has not voted cannot make it hold
 */
public record Check(String scope, boolean holds, String explanation, int approvalsStillNeeded) {

    public Check {
        if (scope == null || scope.isBlank()) {
            throw new IllegalArgumentException("A check needs a non-blank scope");
        }
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("Check " + scope + " needs an explanation");
        }
        if (holds && approvalsStillNeeded != 0) {
            throw new IllegalArgumentException(
                    "Check " + scope + " holds, so it needs no more approvals, got: " + approvalsStillNeeded);
        }
        if (!holds && approvalsStillNeeded == 0 || approvalsStillNeeded < -1) {
            throw new IllegalArgumentException("Check " + scope
                    + " does not hold, so it needs more approvals or -1, got: " + approvalsStillNeeded);
        }
    }
}
