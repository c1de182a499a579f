package org.accord.voting.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.accord.voting.internal.domain.Position.ABSTAIN;
import static org.accord.voting.internal.domain.Position.APPROVE;
import static org.accord.voting.internal.domain.Position.APPROVE_WITH_COMMENTS;
import static org.accord.voting.internal.domain.Position.DISAPPROVE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the engine with the definition of approvals still needed, worked out the slow way: try every number of
 * further approvals from the smallest up.
 */
class ApprovalsStillNeededTest {

    private static final int ROUNDS = 3000;
    private static final List<String> GROUPS = List.of("ACADEMIA", "INDUSTRY");
    private static final List<Side> SIDES = List.of(Side.US, Side.EU, Side.OBSERVER);

    @Test
    void approvalsStillNeeded_inEveryScope_isTheSmallestNumberOfFurtherApprovalsThatMakesTheRuleHold() {
        var random = new Random(20_260_611L);
        for (int round = 0; round < ROUNDS; round++) {
            Rule rule = randomRule(random);
            Standing standing = randomBallot(random).evaluate(rule);
            var tallies = new ArrayList<Tally>();
            tallies.add(standing.overall());
            tallies.addAll(standing.sides());
            tallies.addAll(standing.groups());
            for (Check check : standing.checks()) {
                Tally tally = tallies.stream().filter(t -> t.scope().equals(check.scope())).findFirst().orElseThrow();
                int expected = smallestFurtherApprovals(rule, tally);
                assertThat(check.approvalsStillNeeded()).as("%s under %s", tally, rule).isEqualTo(expected);
                assertThat(check.holds()).as("%s under %s", tally, rule).isEqualTo(expected == 0);
            }
        }
    }

    @Test
    void approvalsStillNeeded_whenThoseApprovalsArrive_theRuleHoldsAndNotOneApprovalSooner() {
        var random = new Random(11_062_026L);
        for (int round = 0; round < ROUNDS; round++) {
            Rule rule = randomRule(random);
            int approve = random.nextInt(7);
            int disapprove = random.nextInt(7);
            int abstain = random.nextInt(4);
            int silent = random.nextInt(9);
            int needed = overallCheck(rule, approve, disapprove, abstain, silent).approvalsStillNeeded();
            if (needed == -1) {
                assertThat(overallCheck(rule, approve + silent, disapprove, abstain, 0).holds()).as("%s", rule)
                        .isFalse();
            } else {
                assertThat(overallCheck(rule, approve + needed, disapprove, abstain, silent - needed).holds())
                        .as("%s", rule).isTrue();
                if (needed > 0) {
                    int fewer = needed - 1;
                    assertThat(overallCheck(rule, approve + fewer, disapprove, abstain, silent - fewer).holds())
                            .as("%s", rule).isFalse();
                }
            }
        }
    }

    private static Check overallCheck(Rule rule, int approve, int disapprove, int abstain, int silent) {
        return new TestBallot().vote(approve, Side.US, "ACADEMIA", APPROVE).vote(disapprove, Side.EU, "INDUSTRY",
                DISAPPROVE).vote(abstain, Side.EU, "ACADEMIA", ABSTAIN).silent(silent, Side.US, "INDUSTRY")
                .evaluate(rule).checks().getFirst();
    }

    private static int smallestFurtherApprovals(Rule rule, Tally tally) {
        for (int extra = 0; extra <= tally.notVoted(); extra++) {
            if (holdsByDefinition(rule, tally, extra)) {
                return extra;
            }
        }
        return -1;
    }

    private static boolean holdsByDefinition(Rule rule, Tally tally, int extra) {
        long approvals = tally.approvals() + extra;
        long votesCast = tally.votesCast() + extra;
        long participated = tally.participated() + extra;
        long whole = rule.denominator() == Denominator.VOTES_CAST ? votesCast : tally.eligible();
        if (whole == 0) {
            return false;
        }
        Fraction threshold = rule.threshold();
        int order = Long.compare(approvals * threshold.denominator(), threshold.numerator() * whole);
        boolean thresholdMet = rule.comparison() == Comparison.AT_LEAST ? order >= 0 : order > 0;
        Fraction cap = rule.disapprovalCap();
        boolean withinCap = cap == null || tally.disapprove() * cap.denominator() <= cap.numerator() * whole;
        Fraction quorum = rule.quorum();
        boolean quorate = quorum == null || participated * quorum.denominator() >= quorum.numerator()
                * (long) tally.eligible();
        return thresholdMet && withinCap && quorate;
    }

    private static Rule randomRule(Random random) {
        int thresholdDenominator = 1 + random.nextInt(6);
        Fraction threshold = Fraction.of(1 + random.nextInt(thresholdDenominator), thresholdDenominator);
        Comparison comparison = threshold.numerator() == threshold.denominator() || random.nextBoolean()
                ? Comparison.AT_LEAST
                : Comparison.MORE_THAN;
        Denominator denominator = random.nextBoolean() ? Denominator.VOTES_CAST : Denominator.ELIGIBLE;
        Fraction cap = random.nextBoolean() ? null : randomFraction(random);
        Fraction quorum = random.nextBoolean() ? null : randomFraction(random);
        Concurrence concurrence = Concurrence.values()[random.nextInt(Concurrence.values().length)];
        return new Rule("Random rule", threshold, comparison, denominator, cap, quorum, concurrence);
    }

    private static Fraction randomFraction(Random random) {
        int denominator = 1 + random.nextInt(6);
        return Fraction.of(random.nextInt(denominator + 1), denominator);
    }

    private static TestBallot randomBallot(Random random) {
        var ballot = new TestBallot();
        for (Side side : SIDES) {
            for (String group : GROUPS) {
                ballot.vote(random.nextInt(3), side, group, APPROVE);
                ballot.vote(random.nextInt(2), side, group, APPROVE_WITH_COMMENTS);
                ballot.vote(random.nextInt(3), side, group, DISAPPROVE);
                ballot.vote(random.nextInt(2), side, group, ABSTAIN);
                ballot.silent(random.nextInt(4), side, group);
            }
        }
        return ballot;
    }
}
