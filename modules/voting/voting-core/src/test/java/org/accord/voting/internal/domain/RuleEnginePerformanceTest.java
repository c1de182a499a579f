package org.accord.voting.internal.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards against work that grows with the square of the electorate. The limits are far above what the engine needs, a
 * few milliseconds per evaluation, so that a busy build machine does not make them fail.
 */
class RuleEnginePerformanceTest {

    private static final int VOTERS = 10_000;
    private static final int WARM_UP_RUNS = 50;
    private static final int MEASURED_RUNS = 100;
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final Rule EVERY_SCOPE = Rule.stakeholderConcurrence(Rule.transatlanticDoubleMajority(
            new Rule("Quorate ISO DIS", Fraction.of(2, 3), Comparison.AT_LEAST, Denominator.VOTES_CAST,
                    Fraction.of(1, 4), Fraction.of(1, 2), Concurrence.NONE)));

    @Test
    void evaluate_tenThousandVotersInAFewGroups_staysFast() {
        assertThat(timeOfMeasuredRuns(VOTERS, 6)).isLessThan(LIMIT);
    }

    @Test
    void evaluate_tenThousandVotersEachInTheirOwnGroup_staysFast() {
        assertThat(timeOfMeasuredRuns(VOTERS, VOTERS)).isLessThan(LIMIT);
    }

    private static Duration timeOfMeasuredRuns(int voterCount, int groupCount) {
        var eligible = new ArrayList<Voter>();
        var votes = new HashMap<String, Position>();
        Position[] positions = Position.values();
        Side[] sides = Side.values();
        for (int i = 0; i < voterCount; i++) {
            String memberId = "member-" + i;
            eligible.add(new Voter(memberId, sides[i % sides.length], "GROUP_" + i % groupCount, 1 + i % 3));
            if (i % 7 != 0) {
                votes.put(memberId, positions[i % positions.length]);
            }
        }
        for (int i = 0; i < voterCount / 7; i++) {
            votes.put("outsider-" + i, Position.DISAPPROVE);
        }
        List<Voter> snapshot = List.copyOf(eligible);
        Map<String, Position> ballot = Map.copyOf(votes);
        for (int run = 0; run < WARM_UP_RUNS; run++) {
            RuleEngine.evaluate(EVERY_SCOPE, snapshot, ballot);
        }
        long start = System.nanoTime();
        for (int run = 0; run < MEASURED_RUNS; run++) {
            assertThat(RuleEngine.evaluate(EVERY_SCOPE, snapshot, ballot).checks()).hasSize(3 + groupCount);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
