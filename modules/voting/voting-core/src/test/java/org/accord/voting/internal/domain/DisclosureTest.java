package org.accord.voting.internal.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.accord.voting.internal.domain.Position.ABSTAIN;
import static org.accord.voting.internal.domain.Position.APPROVE;
import static org.accord.voting.internal.domain.Position.DISAPPROVE;
import static org.accord.voting.internal.domain.Side.EU;
import static org.accord.voting.internal.domain.Side.US;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DisclosureTest {

    private static final Rule EVERY_SCOPE = Rule.stakeholderConcurrence(Rule.transatlanticDoubleMajority(
            Rule.simpleMajority()));

    @Test
    void secret_withholdsEverySideAndGroupUnderTheMinimum_butPublishesOverallAndEveryOutcome() {
        TestBallot ballot = new TestBallot().vote(1, US, "INDUSTRY", APPROVE).vote(1, EU, "ACADEMIA", DISAPPROVE);
        Standing standing = ballot.evaluate(EVERY_SCOPE);

        Disclosure.Result result = Disclosure.secret(standing, ballot.eligible(), ballot.votes().keySet(), 5);

        assertThat(result.overall().approve()).isEqualTo(1);
        assertThat(result.overall().disapprove()).isEqualTo(1);
        assertThat(result.sides()).allMatch(Disclosure.ScopeTally::withheld);
        assertThat(result.groups()).allMatch(Disclosure.ScopeTally::withheld);
        assertThat(result.checks()).extracting(Disclosure.CheckOutcome::scope)
                .containsExactly("overall", "US", "EU", "ACADEMIA", "INDUSTRY");
        assertThat(byScope(result.checks()).get("EU").holds()).isFalse();
        assertThat(byScope(result.checks()).get("EU").explanation()).isNull();
        assertThat(result.summary().text(GroupNames.CODES).toString())
                .isEqualTo("Does not pass: the rule does not hold overall; on the EU side;"
                        + " in the ACADEMIA group")
                .doesNotContainPattern("\\d");
    }

    @Test
    void secret_withholdsASecondScope_whenOverallMinusThePublishedOnesWouldRevealTheFirst() {
        TestBallot ballot = new TestBallot().vote(6, US, "INDUSTRY", APPROVE).vote(2, EU, "INDUSTRY", DISAPPROVE);
        Standing standing = ballot.evaluate(EVERY_SCOPE);

        Disclosure.Result result = Disclosure.secret(standing, ballot.eligible(), ballot.votes().keySet(), 5);

        assertThat(result.sides()).allMatch(Disclosure.ScopeTally::withheld);
        assertThat(result.groups()).noneMatch(Disclosure.ScopeTally::withheld);
    }

    @Test
    void secret_addsScopesSmallestFirst_untilTheWithheldOnesTogetherReachTheMinimum() {
        TestBallot ballot = new TestBallot().vote(2, US, "ACADEMIA", APPROVE).vote(6, US, "CIVIL_SOCIETY", ABSTAIN)
                .vote(7, EU, "GOVERNMENT", DISAPPROVE).vote(9, EU, "INDUSTRY", APPROVE);
        Standing standing = ballot.evaluate(EVERY_SCOPE);

        Map<String, Disclosure.ScopeTally> groups = byScope(
                Disclosure.secret(standing, ballot.eligible(), ballot.votes().keySet(), 5).groups());

        assertThat(groups.get("ACADEMIA").withheld()).isTrue();
        assertThat(groups.get("CIVIL_SOCIETY").withheld()).isTrue();
        assertThat(groups.get("GOVERNMENT").withheld()).isFalse();
        assertThat(groups.get("INDUSTRY").withheld()).isFalse();
        assertThat(groups.get("ACADEMIA").voted()).isEqualTo(2);
    }

    @Test
    void secret_countsVotersWithoutAGroup_towardsWhatSubtractionWouldReveal() {
        TestBallot ballot = new TestBallot().vote(2, US, null, DISAPPROVE).vote(6, US, "INDUSTRY", APPROVE)
                .vote(6, EU, "ACADEMIA", APPROVE);
        Standing standing = ballot.evaluate(EVERY_SCOPE);

        Map<String, Disclosure.ScopeTally> groups = byScope(
                Disclosure.secret(standing, ballot.eligible(), ballot.votes().keySet(), 5).groups());

        assertThat(groups.values()).filteredOn(Disclosure.ScopeTally::withheld).hasSize(1);
    }

    @Test
    void secret_withholdsMore_whenASideMinusAGroupInsideItWouldRevealTheRestOfThatSide() {
        TestBallot ballot = new TestBallot().vote(6, US, "A", APPROVE).vote(2, US, "B", DISAPPROVE)
                .vote(3, EU, "C", DISAPPROVE).vote(9, EU, "D", APPROVE);
        Standing standing = ballot.evaluate(EVERY_SCOPE);

        Disclosure.Result result = Disclosure.secret(standing, ballot.eligible(), ballot.votes().keySet(), 5);

        Map<String, Disclosure.ScopeTally> sides = byScope(result.sides());
        Map<String, Disclosure.ScopeTally> groups = byScope(result.groups());
        assertThat(groups.get("B").withheld()).isTrue();
        assertThat(groups.get("C").withheld()).isTrue();
        assertThat(sides.get("US").withheld() || groups.get("A").withheld())
                .as("US minus A would be B's two voters").isTrue();
        assertThat(sides.get("EU").withheld() || groups.get("D").withheld())
                .as("EU minus D would be C's three voters").isTrue();
    }

    @Test
    void secret_neverLeavesTwoKnownSetsOfVotersThatDifferByFewerThanTheMinimum() {
        java.util.Random random = new java.util.Random(20261201);
        for (int round = 0; round < 500; round++) {
            TestBallot ballot = new TestBallot();
            for (Side side : List.of(US, EU)) {
                for (String group : List.of("A", "B", "C", "D")) {
                    ballot.vote(random.nextInt(8), side, random.nextInt(10) == 0 ? null : group, APPROVE);
                }
            }
            Standing standing = ballot.evaluate(EVERY_SCOPE);
            Disclosure.Result result = Disclosure.secret(standing, ballot.eligible(), ballot.votes().keySet(), 5);

            assertThat(KnownSets.revealingDifferences(ballot.eligible(), result, 5)).isEmpty();
        }
    }

    @Test
    void secret_withEveryScopeLargeEnough_publishesThemAll() {
        TestBallot ballot = new TestBallot().vote(5, US, "INDUSTRY", APPROVE).vote(5, EU, "ACADEMIA", APPROVE);
        Standing standing = ballot.evaluate(EVERY_SCOPE);

        Disclosure.Result result = Disclosure.secret(standing, ballot.eligible(), ballot.votes().keySet(), 5);

        assertThat(result.sides()).noneMatch(Disclosure.ScopeTally::withheld);
        assertThat(result.groups()).noneMatch(Disclosure.ScopeTally::withheld);
        assertThat(result.checks()).allMatch(check -> check.explanation() != null);
        assertThat(result.summary()).isEqualTo(new Summary.Passes());
    }

    @Test
    void rollCall_publishesEverything() {
        TestBallot ballot = new TestBallot().vote(1, US, "INDUSTRY", APPROVE).vote(1, EU, "ACADEMIA", DISAPPROVE);
        Standing standing = ballot.evaluate(EVERY_SCOPE);

        Disclosure.Result result = Disclosure.rollCall(standing);

        assertThat(result.sides()).noneMatch(Disclosure.ScopeTally::withheld);
        assertThat(result.summary()).isEqualTo(standing.summary());
    }

    @Test
    void recorded_rollCall_readsBackTheResultItClosedWith() {
        TestBallot ballot = new TestBallot().vote(3, US, "INDUSTRY", APPROVE).vote(2, EU, "ACADEMIA", DISAPPROVE)
                .silent(3, EU, "INDUSTRY");
        Disclosure.Result closing = Disclosure.rollCall(ballot.evaluate(EVERY_SCOPE));

        Disclosure.Result recorded = Disclosure.recorded(EVERY_SCOPE, false, closing.passes(), closing.scopes(),
                outcomesOnly(closing));

        assertThat(recorded).isEqualTo(closing);
        assertThat(recorded.summary().text(GroupNames.CODES)).hasToString("Does not pass: 3 more approvals needed"
                + " on the EU side; the rule cannot be met in the ACADEMIA group even if everyone who has not voted"
                + " approves");
    }

    @Test
    void recorded_secret_explainsOnlyThePublishedScopes_andSumsUpByOutcome() {
        TestBallot ballot = new TestBallot().vote(5, US, "INDUSTRY", APPROVE).vote(1, EU, "INDUSTRY", DISAPPROVE)
                .vote(2, EU, "ACADEMIA", DISAPPROVE);
        Standing standing = ballot.evaluate(EVERY_SCOPE);
        Disclosure.Result closing = Disclosure.secret(standing, ballot.eligible(), ballot.votes().keySet(), 5);

        Disclosure.Result recorded = Disclosure.recorded(EVERY_SCOPE, true, closing.passes(), closing.scopes(),
                outcomesOnly(closing));

        assertThat(recorded).isEqualTo(closing);
        assertThat(recorded.checks()).filteredOn(check -> check.explanation() != null)
                .extracting(Disclosure.CheckOutcome::scope).containsExactly("overall");
        assertThat(recorded.summary().text(GroupNames.CODES).toString()).isEqualTo("Does not pass: the rule does"
                + " not hold on the EU side; in the ACADEMIA group").doesNotContainPattern("\\d");
    }

    @Test
    void recorded_secretFromBeforeChecksWereKept_sumsUpByItsOutcomeAlone() {
        Disclosure.Result recorded = Disclosure.recorded(EVERY_SCOPE, true, false,
                List.of(new Disclosure.ScopeTally("overall", 4, 3, new Tally("overall", 4, 1, 0, 2, 0))), List.of());

        assertThat(recorded.summary().text(GroupNames.CODES)).hasToString("Does not pass");
        assertThat(recorded.checks()).isEmpty();
    }

    @Test
    void secret_withoutAMinimum_isRefused() {
        TestBallot ballot = new TestBallot().vote(1, US, "INDUSTRY", APPROVE);
        Standing standing = ballot.evaluate(Rule.simpleMajority());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Disclosure.secret(standing, ballot.eligible(), ballot.votes().keySet(), 0));
    }

    @Test
    void turnout_countsVotersOverallAndPerSide_withoutPositions() {
        TestBallot ballot = new TestBallot().vote(2, US, "INDUSTRY", APPROVE).silent(1, US, "INDUSTRY")
                .vote(1, EU, "ACADEMIA", DISAPPROVE).silent(1, Side.OBSERVER, null);

        Turnout turnout = Turnout.of(ballot.eligible(), ballot.votes().keySet());

        assertThat(turnout.overall()).isEqualTo(new Turnout.Count("overall", 5, 3));
        assertThat(turnout.sides()).containsExactly(new Turnout.Count("US", 3, 2), new Turnout.Count("EU", 1, 1));
    }

    /** What closing records of the checks: whether each held, not why. */
    private static List<Disclosure.CheckOutcome> outcomesOnly(Disclosure.Result result) {
        return result.checks().stream()
                .map(check -> new Disclosure.CheckOutcome(check.scope(), check.holds(), null)).toList();
    }

    private static <T> Map<String, T> byScope(List<T> items) {
        Function<T, String> scope = item -> item instanceof Disclosure.ScopeTally tally
                ? tally.scope()
                : ((Disclosure.CheckOutcome) item).scope();
        return items.stream().collect(Collectors.toMap(scope, Function.identity()));
    }
}
