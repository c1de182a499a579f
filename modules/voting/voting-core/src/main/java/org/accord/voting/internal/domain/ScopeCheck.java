package org.accord.voting.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks one rule against the tally of one scope and explains the outcome. */
final class ScopeCheck {

    private final Rule rule;
    private final Tally tally;

    private ScopeCheck(Rule rule, Tally tally) {
        this.rule = rule;
        this.tally = tally;
    }

    static Check of(Rule rule, Tally tally) {
        return new ScopeCheck(rule, tally).check();
    }

    private Check check() {
        int needed = approvalsStillNeeded();
        var findings = new ArrayList<String>();
        quorumFinding().ifPresent(findings::add);
        findings.addAll(shareFindings());
        String explanation = tally.scope() + ": " + String.join("; ", findings) + " — " + verdict(needed);
        return new Check(tally.scope(), needed == 0, explanation, needed);
    }

    /**
     * Every part of a rule can only get closer to holding as more of those who have not voted approve, so the answer is
     * found by a binary search over how much of that weight approves.
     */
    private int approvalsStillNeeded() {
        int low = 0;
        int high = tally.notVoted();
        if (!holdsWithMoreApprovals(high)) {
            return -1;
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (holdsWithMoreApprovals(middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private boolean holdsWithMoreApprovals(long extra) {
        long approvals = tally.approvals() + extra;
        long disapprovals = tally.disapprove();
        long whole = rule.denominator() == Denominator.VOTES_CAST ? approvals + disapprovals : tally.eligible();
        if (whole == 0) {
            return false;
        }
        if (!rule.comparison().holds(approvals, whole, rule.threshold())) {
            return false;
        }
        if (rule.disapprovalCap() != null && !rule.disapprovalCap().bounds(disapprovals, whole)) {
            return false;
        }
        return rule.quorum() == null || tally.participated() + extra >= requiredParticipation();
    }

    private long requiredParticipation() {
        return rule.quorum().smallestPartReaching(tally.eligible());
    }

    private Optional<String> quorumFinding() {
        if (rule.quorum() == null) {
            return Optional.empty();
        }
        long required = requiredParticipation();
        String met = tally.participated() >= required ? "quorum met" : "quorum not met";
        return Optional.of(met + " (" + tally.participated() + " of " + tally.eligible()
                + " eligible have voted, " + required + " must take part)");
    }

    private List<String> shareFindings() {
        boolean ofVotesCast = rule.denominator() == Denominator.VOTES_CAST;
        long whole = ofVotesCast ? tally.votesCast() : tally.eligible();
        String needs = "needs " + rule.comparison().words() + " " + rule.threshold();
        if (whole == 0) {
            return List.of((ofVotesCast ? "no votes cast yet" : "no eligible voters") + "; " + needs);
        }
        String of = " of " + whole + (ofVotesCast ? " votes cast " : " eligible ");
        var findings = new ArrayList<String>();
        findings.add(tally.approvals() + of + "approve ("
                + Percentages.comparedWith(tally.approvals(), whole, rule.threshold()) + "); " + needs);
        Fraction cap = rule.disapprovalCap();
        if (cap != null) {
            String limit = cap.bounds(tally.disapprove(), whole) ? "within" : "more than";
            findings.add(tally.disapprove() + of + "disapprove ("
                    + Percentages.comparedWith(tally.disapprove(), whole, cap) + "), " + limit + " the " + cap
                    + " allowed");
        }
        return findings;
    }

    private static String verdict(int needed) {
        return switch (needed) {
            case 0 -> "holds";
            case -1 -> "cannot hold even if everyone who has not voted approves";
            case 1 -> "1 more approval needed";
            default -> needed + " more approvals needed";
        };
    }
}
