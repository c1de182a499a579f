package org.accord.voting.internal.domain;

import org.accord.platform.i18n.Text;

/**
 * Whether a rule holds in one scope, why (the counts against the rule's parts, then the verdict), and how much more
 * approving weight from those who have not voted would make it hold.
 *
 * @param approvalsStillNeeded
 *            0 when the check holds, -1 when even approvals from everyone who has not voted cannot make it hold
 */
public record Check(String scope, boolean holds, Text explanation, int approvalsStillNeeded) {

    public Check {
        if (scope == null || scope.isBlank()) {
            throw new IllegalArgumentException("A check needs a non-blank scope");
        }
        if (explanation == null) {
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
