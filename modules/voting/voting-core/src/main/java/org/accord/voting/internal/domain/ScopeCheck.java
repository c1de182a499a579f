package org.accord.voting.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.accord.platform.i18n.Text;

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
        var findings = new ArrayList<Text>();
        quorumFinding().ifPresent(findings::add);
        findings.addAll(shareFindings());
        return new Check(tally.scope(), needed == 0,
                Text.of("voting.explanation", Scopes.listed(findings), verdict(needed)), needed);
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

    private Optional<Text> quorumFinding() {
        if (rule.quorum() == null) {
            return Optional.empty();
        }
        long required = requiredParticipation();
        return Optional.of(Text.of(tally.participated() >= required ? "voting.quorum_met" : "voting.quorum_not_met",
                tally.participated(), tally.eligible(), required));
    }

    private List<Text> shareFindings() {
        boolean ofVotesCast = rule.denominator() == Denominator.VOTES_CAST;
        long whole = ofVotesCast ? tally.votesCast() : tally.eligible();
        Text needs = Text.of(rule.comparison() == Comparison.MORE_THAN
                ? "voting.needs_more_than"
                : "voting.needs_at_least", rule.threshold().toString());
        if (whole == 0) {
            return List.of(Text.of(ofVotesCast ? "voting.no_votes_cast_yet" : "voting.no_eligible_voters"), needs);
        }
        var findings = new ArrayList<Text>();
        findings.add(Text.of(ofVotesCast ? "voting.approvals_of_votes_cast" : "voting.approvals_of_eligible",
                tally.approvals(), whole, Percentages.comparedWith(tally.approvals(), whole, rule.threshold())));
        findings.add(needs);
        Fraction cap = rule.disapprovalCap();
        if (cap != null) {
            Text disapprovals = Text.of(ofVotesCast
                    ? "voting.disapprovals_of_votes_cast"
                    : "voting.disapprovals_of_eligible", tally.disapprove(), whole,
                    Percentages.comparedWith(tally.disapprove(), whole, cap));
            findings.add(Text.of(cap.bounds(tally.disapprove(), whole) ? "voting.within_cap" : "voting.beyond_cap",
                    disapprovals, cap.toString()));
        }
        return findings;
    }

    private static Text verdict(int needed) {
        return switch (needed) {
            case 0 -> Text.of("voting.holds");
            case -1 -> Text.of("voting.cannot_hold");
            case 1 -> Text.of("voting.one_more_approval");
            default -> Text.of("voting.more_approvals", needed);
        };
    }
}
