package org.accord.voting.internal.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Works out where a ballot stands under a voting rule. Stateless; every count is a sum of voter weights. */
public final class RuleEngine {

    private RuleEngine() {
    }

    /**
     * Where a ballot stands under {@code rule}.
     *
     * @param eligible
     *            the voters snapshotted when the ballot opened, each member once
     * @param votes
     *            positions by member id; votes of members who are not eligible are ignored, and a null position counts
     *            as not having voted
     */
    public static Standing evaluate(Rule rule, List<Voter> eligible, Map<String, Position> votes) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(eligible, "eligible");
        Objects.requireNonNull(votes, "votes");
        var overall = new Counter();
        var sides = new EnumMap<Side, Counter>(Side.class);
        var groups = new TreeMap<String, Counter>();
        var seen = new HashSet<String>();
        for (Voter voter : eligible) {
            Objects.requireNonNull(voter, "eligible contains null");
            // A member counted twice would silently tilt the outcome, so a faulty snapshot must fail loudly.
            if (!seen.add(voter.memberId())) {
                throw new IllegalArgumentException("Member " + voter.memberId() + " is eligible more than once");
            }
            Position position = votes.get(voter.memberId());
            overall.add(voter.weight(), position);
            if (voter.side() != Side.OBSERVER) {
                sides.computeIfAbsent(voter.side(), side -> new Counter()).add(voter.weight(), position);
            }
            if (voter.group() != null) {
                groups.computeIfAbsent(voter.group(), group -> new Counter()).add(voter.weight(), position);
            }
        }
        Tally overallTally = overall.tally(Tally.OVERALL);
        List<Tally> sideTallies = sides.entrySet().stream()
                .map(entry -> entry.getValue().tally(entry.getKey().name())).toList();
        List<Tally> groupTallies = groups.entrySet().stream()
                .map(entry -> entry.getValue().tally(entry.getKey())).toList();

        var scopes = new ArrayList<Scope>();
        scopes.add(new Scope(overallTally, "overall"));
        if (rule.concurrence().requiresSides()) {
            sideTallies.forEach(tally -> scopes.add(new Scope(tally, "on the " + tally.scope() + " side")));
        }
        if (rule.concurrence().requiresGroups()) {
            groupTallies.forEach(tally -> scopes.add(new Scope(tally, "in the " + tally.scope() + " group")));
        }
        var checks = new ArrayList<Check>();
        var shortfalls = new ArrayList<String>();
        boolean fixableByApprovals = true;
        for (Scope scope : scopes) {
            Check check = ScopeCheck.of(rule, scope.tally());
            checks.add(check);
            if (check.approvalsStillNeeded() == -1) {
                fixableByApprovals = false;
                shortfalls.add("the rule cannot be met " + scope.place()
                        + " even if everyone who has not voted approves");
            } else if (!check.holds()) {
                int needed = check.approvalsStillNeeded();
                shortfalls.add(needed + (needed == 1 ? " more approval" : " more approvals") + " needed "
                        + scope.place());
            }
        }
        boolean passes = shortfalls.isEmpty();
        String summary;
        if (passes) {
            summary = "Passes";
        } else if (overallTally.eligible() == 0) {
            summary = "Does not pass: there are no eligible voters";
        } else {
            summary = (fixableByApprovals ? "Does not pass yet: " : "Does not pass: ") + String.join("; ", shortfalls);
        }
        return new Standing(rule, passes, overallTally, sideTallies, groupTallies, checks, summary);
    }

    private record Scope(Tally tally, String place) {
    }

    /** Adds up weights in longs, so that a total too large for a tally fails instead of wrapping around. */
    private static final class Counter {

        private long eligible;
        private long approve;
        private long approveWithComments;
        private long disapprove;
        private long abstain;

        void add(int weight, Position position) {
            eligible += weight;
            if (position == null) {
                return;
            }
            switch (position) {
                case APPROVE -> approve += weight;
                case APPROVE_WITH_COMMENTS -> approveWithComments += weight;
                case DISAPPROVE -> disapprove += weight;
                case ABSTAIN -> abstain += weight;
            }
        }

        Tally tally(String scope) {
            return new Tally(scope, Math.toIntExact(eligible), Math.toIntExact(approve),
                    Math.toIntExact(approveWithComments), Math.toIntExact(disapprove), Math.toIntExact(abstain));
        }
    }
}
