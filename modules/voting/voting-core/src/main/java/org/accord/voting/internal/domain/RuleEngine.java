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
        return evaluate(rule, overall.tally(Tally.OVERALL),
                sides.entrySet().stream().map(entry -> entry.getValue().tally(entry.getKey().name())).toList(),
                groups.entrySet().stream().map(entry -> entry.getValue().tally(entry.getKey())).toList());
    }

    /**
     * Where a ballot stands under {@code rule}, from its tallies: a closed ballot's recorded tallies give the standing
     * it closed with.
     *
     * @param sides
     *            the tallies of the sides with eligible voters, US first
     * @param groups
     *            the tallies of the stakeholder groups with eligible voters, by code
     */
    public static Standing evaluate(Rule rule, Tally overall, List<Tally> sides, List<Tally> groups) {
        var scopes = new ArrayList<Tally>();
        scopes.add(overall);
        if (rule.concurrence().requiresSides()) {
            scopes.addAll(sides);
        }
        if (rule.concurrence().requiresGroups()) {
            scopes.addAll(groups);
        }
        List<Check> checks = scopes.stream().map(tally -> ScopeCheck.of(rule, tally)).toList();
        return new Standing(rule, checks.stream().allMatch(Check::holds), overall, sides, groups, checks);
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
