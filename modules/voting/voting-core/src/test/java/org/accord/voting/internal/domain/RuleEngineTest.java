package org.accord.voting.internal.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.accord.voting.internal.domain.Comparison.AT_LEAST;
import static org.accord.voting.internal.domain.Comparison.MORE_THAN;
import static org.accord.voting.internal.domain.Concurrence.NONE;
import static org.accord.voting.internal.domain.Denominator.VOTES_CAST;
import static org.accord.voting.internal.domain.Position.ABSTAIN;
import static org.accord.voting.internal.domain.Position.APPROVE;
import static org.accord.voting.internal.domain.Position.APPROVE_WITH_COMMENTS;
import static org.accord.voting.internal.domain.Position.DISAPPROVE;
import static org.accord.voting.internal.domain.Side.EU;
import static org.accord.voting.internal.domain.Side.OBSERVER;
import static org.accord.voting.internal.domain.Side.US;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RuleEngineTest {

    private static final String INDUSTRY = "INDUSTRY";
    private static final String ACADEMIA = "ACADEMIA";
    private static final String CIVIL_SOCIETY = "CIVIL_SOCIETY";
    private static final Fraction HALF = Fraction.of(1, 2);
    private static final Rule SIMPLE_MAJORITY = Rule.simpleMajority();
    private static final Rule DOUBLE_MAJORITY = Rule.transatlanticDoubleMajority(Rule.simpleMajority());
    private static final Rule GROUP_CONCURRENCE = Rule.stakeholderConcurrence(Rule.simpleMajority());
    private static final Rule QUORATE_MAJORITY = new Rule("Quorate majority", HALF, MORE_THAN, VOTES_CAST, null,
            HALF, NONE);

    private static Rule votesCast(Fraction threshold, Comparison comparison) {
        return new Rule("Test rule", threshold, comparison, VOTES_CAST, null, null, NONE);
    }

    private static List<String> scopes(Standing standing) {
        return standing.checks().stream().map(Check::scope).toList();
    }

    private static String explanation(Standing standing, String scope) {
        return standing.check(scope).orElseThrow().explanation().toString();
    }

    private static String summary(Standing standing) {
        return standing.summary().text(GroupNames.CODES).toString();
    }

    @Test
    void evaluate_noVotesAtAll_doesNotPassYet() {
        Standing standing = new TestBallot().silent(5, US, INDUSTRY).evaluate(SIMPLE_MAJORITY);

        assertThat(standing.passes()).isFalse();
        assertThat(standing.overall()).isEqualTo(new Tally("overall", 5, 0, 0, 0, 0));
        assertThat(explanation(standing, "overall"))
                .isEqualTo("no votes cast yet; needs more than 1/2 — 1 more approval needed");
        assertThat(summary(standing)).isEqualTo("Does not pass yet: 1 more approval needed overall");
    }

    @Test
    void evaluate_noEligibleVoters_doesNotPassAndSaysSo() {
        Standing standing = RuleEngine.evaluate(SIMPLE_MAJORITY, List.of(), Map.of("stranger", APPROVE));

        assertThat(standing.passes()).isFalse();
        assertThat(standing.overall()).isEqualTo(new Tally("overall", 0, 0, 0, 0, 0));
        assertThat(standing.sides()).isEmpty();
        assertThat(standing.groups()).isEmpty();
        assertThat(standing.checks()).singleElement().extracting(Check::approvalsStillNeeded).isEqualTo(-1);
        assertThat(summary(standing)).isEqualTo("Does not pass: there are no eligible voters");
    }

    @Test
    void evaluate_noEligibleVotersUnderEligibleDenominator_explainsThereIsNobody() {
        Standing standing = RuleEngine.evaluate(Rule.oasisSpecialMajority(), List.of(), Map.of());

        assertThat(explanation(standing, "overall")).isEqualTo("no eligible voters; needs at least 2/3 — "
                + "cannot hold even if everyone who has not voted approves");
    }

    @Test
    void evaluate_allAbstain_doesNotPassAlthoughQuorumIsMet() {
        Standing standing = new TestBallot().vote(4, EU, ACADEMIA, ABSTAIN).evaluate(QUORATE_MAJORITY);

        assertThat(standing.passes()).isFalse();
        assertThat(explanation(standing, "overall")).isEqualTo("quorum met (4 of 4 eligible have voted, "
                + "2 must take part); no votes cast yet; needs more than 1/2 — cannot hold even if everyone who has "
                + "not voted approves");
        assertThat(summary(standing)).isEqualTo(
                "Does not pass: the rule cannot be met overall even if everyone who has not voted approves");
    }

    @Test
    void evaluate_allWhoVotedAbstain_needsOneApprovalFromThoseStillToVote() {
        Standing standing = new TestBallot().vote(3, EU, ACADEMIA, ABSTAIN).silent(2, US, INDUSTRY)
                .evaluate(SIMPLE_MAJORITY);

        assertThat(standing.passes()).isFalse();
        assertThat(standing.checks().getFirst().approvalsStillNeeded()).isEqualTo(1);
    }

    @Test
    void evaluate_tieExactlyAtHalf_failsWhenStrict() {
        Standing standing = new TestBallot().vote(2, US, INDUSTRY, APPROVE).vote(2, EU, ACADEMIA, DISAPPROVE)
                .evaluate(SIMPLE_MAJORITY);

        assertThat(standing.passes()).isFalse();
        assertThat(explanation(standing, "overall")).isEqualTo("2 of 4 votes cast approve (50.0%); needs "
                + "more than 1/2 — cannot hold even if everyone who has not voted approves");
    }

    @Test
    void evaluate_tieExactlyAtHalfWithOneStillToVote_needsThatOneApproval() {
        Standing standing = new TestBallot().vote(2, US, INDUSTRY, APPROVE).vote(2, EU, ACADEMIA, DISAPPROVE)
                .silent(1, EU, ACADEMIA).evaluate(SIMPLE_MAJORITY);

        assertThat(standing.checks().getFirst().approvalsStillNeeded()).isEqualTo(1);
        assertThat(summary(standing)).isEqualTo("Does not pass yet: 1 more approval needed overall");
    }

    @Test
    void evaluate_tieExactlyAtTwoThirds_passesWhenInclusive() {
        Standing standing = new TestBallot().vote(2, US, INDUSTRY, APPROVE).vote(1, EU, ACADEMIA, DISAPPROVE)
                .evaluate(votesCast(Fraction.of(2, 3), AT_LEAST));

        assertThat(standing.passes()).isTrue();
        assertThat(explanation(standing, "overall"))
                .isEqualTo("2 of 3 votes cast approve (66.7%); needs at least 2/3 — holds");
        assertThat(summary(standing)).isEqualTo("Passes");
    }

    @Test
    void evaluate_tieExactlyAtTwoThirds_failsWhenStrict() {
        Standing standing = new TestBallot().vote(2, US, INDUSTRY, APPROVE).vote(1, EU, ACADEMIA, DISAPPROVE)
                .evaluate(votesCast(Fraction.of(2, 3), MORE_THAN));

        assertThat(standing.passes()).isFalse();
    }

    @Test
    void evaluate_isoDisWithExactlyAQuarterDisapproving_passes() {
        Standing standing = new TestBallot().vote(4, US, INDUSTRY, APPROVE).vote(2, EU, ACADEMIA,
                APPROVE_WITH_COMMENTS).vote(2, EU, INDUSTRY, DISAPPROVE).evaluate(Rule.isoDis());

        assertThat(standing.passes()).isTrue();
        assertThat(explanation(standing, "overall")).isEqualTo("6 of 8 votes cast approve (75.0%); needs at "
                + "least 2/3; 2 of 8 votes cast disapprove (25.0%), within the 1/4 allowed — holds");
    }

    @Test
    void evaluate_isoDisWithJustOverAQuarterDisapproving_needsApprovalsToDiluteTheDisapprovals() {
        Standing standing = new TestBallot().vote(6, US, INDUSTRY, APPROVE).vote(3, EU, ACADEMIA, DISAPPROVE)
                .silent(3, EU, ACADEMIA).evaluate(Rule.isoDis());

        assertThat(standing.passes()).isFalse();
        assertThat(explanation(standing, "overall")).isEqualTo("6 of 9 votes cast approve (66.7%); needs at "
                + "least 2/3; 3 of 9 votes cast disapprove (33.3%), more than the 1/4 allowed — "
                + "3 more approvals needed");
    }

    @Test
    void evaluate_isoDisWithTooFewLeftToDiluteTheDisapprovals_cannotPass() {
        Standing standing = new TestBallot().vote(6, US, INDUSTRY, APPROVE).vote(3, EU, ACADEMIA, DISAPPROVE)
                .silent(2, EU, ACADEMIA).evaluate(Rule.isoDis());

        assertThat(standing.checks().getFirst().approvalsStillNeeded()).isEqualTo(-1);
    }

    @Test
    void evaluate_shareJustBelowTheThreshold_showsEnoughDecimalsNotToReadAsTheThreshold() {
        Standing standing = new TestBallot().weighted(6666, US, INDUSTRY, APPROVE).weighted(3334, EU, ACADEMIA,
                DISAPPROVE).evaluate(votesCast(Fraction.of(2, 3), AT_LEAST));

        assertThat(explanation(standing, "overall")).isEqualTo("6,666 of 10,000 votes cast approve (66.66%); "
                + "needs at least 2/3 — cannot hold even if everyone who has not voted approves");
    }

    @Test
    void evaluate_disapprovalsJustOverTheCap_showEnoughDecimalsNotToReadAsTheCap() {
        Standing standing = new TestBallot().weighted(7499, US, INDUSTRY, APPROVE).weighted(2501, EU, ACADEMIA,
                DISAPPROVE).evaluate(Rule.isoDis());

        assertThat(explanation(standing, "overall"))
                .contains("2,501 of 10,000 votes cast disapprove (25.01%), more than the 1/4 allowed");
    }

    @Test
    void evaluate_eligibleDenominator_countsAbstentionsAgainst() {
        var ballot = new TestBallot().vote(6, US, INDUSTRY, APPROVE).vote(4, EU, ACADEMIA, ABSTAIN);

        assertThat(ballot.evaluate(Rule.isoDis()).passes()).isTrue();
        Standing standing = ballot.evaluate(Rule.oasisSpecialMajority());
        assertThat(standing.passes()).isFalse();
        assertThat(explanation(standing, "overall")).isEqualTo("6 of 10 eligible approve (60.0%); needs at "
                + "least 2/3; 0 of 10 eligible disapprove (0.0%), within the 1/4 allowed — cannot hold even if "
                + "everyone who has not voted approves");
    }

    @Test
    void evaluate_eligibleDenominator_countsNonVotersAgainst() {
        var ballot = new TestBallot().vote(6, US, INDUSTRY, APPROVE).silent(4, EU, ACADEMIA);

        assertThat(ballot.evaluate(SIMPLE_MAJORITY).passes()).isTrue();
        Standing standing = ballot.evaluate(Rule.oasisSpecialMajority());
        assertThat(standing.passes()).isFalse();
        assertThat(standing.checks().getFirst().approvalsStillNeeded()).isEqualTo(1);
    }

    @Test
    void evaluate_eligibleDisapprovalCapExceeded_cannotBeFixedByApprovals() {
        Standing standing = new TestBallot().vote(5, US, INDUSTRY, APPROVE).vote(3, EU, ACADEMIA, DISAPPROVE)
                .silent(2, EU, ACADEMIA).evaluate(Rule.oasisSpecialMajority());

        assertThat(standing.checks().getFirst().approvalsStillNeeded()).isEqualTo(-1);
        assertThat(explanation(standing, "overall"))
                .contains("3 of 10 eligible disapprove (30.0%), more than the 1/4 allowed");
    }

    @Test
    void evaluate_weightedApproval_outweighsTwoDisapprovals() {
        Standing standing = new TestBallot().weighted(3, US, INDUSTRY, APPROVE).vote(2, EU, ACADEMIA, DISAPPROVE)
                .evaluate(SIMPLE_MAJORITY);

        assertThat(standing.passes()).isTrue();
        assertThat(standing.overall()).isEqualTo(new Tally("overall", 5, 3, 0, 2, 0));
        assertThat(explanation(standing, "overall"))
                .isEqualTo("3 of 5 votes cast approve (60.0%); needs more than 1/2 — holds");
    }

    @Test
    void evaluate_sameVotesWithoutWeights_fail() {
        Standing standing = new TestBallot().weighted(1, US, INDUSTRY, APPROVE).vote(2, EU, ACADEMIA, DISAPPROVE)
                .evaluate(SIMPLE_MAJORITY);

        assertThat(standing.passes()).isFalse();
    }

    @Test
    void evaluate_weightedNonVoter_countsApprovalsStillNeededInWeight() {
        Standing standing = new TestBallot().vote(1, US, INDUSTRY, APPROVE).vote(3, EU, ACADEMIA, DISAPPROVE)
                .weighted(5, EU, null, null).evaluate(SIMPLE_MAJORITY);

        assertThat(standing.checks().getFirst().approvalsStillNeeded()).isEqualTo(3);
    }

    @Test
    void evaluate_votesFromMembersWhoAreNotEligible_areIgnored() {
        Standing standing = new TestBallot().vote(1, US, INDUSTRY, APPROVE).outsider("late-joiner", DISAPPROVE)
                .outsider("former-member", DISAPPROVE).evaluate(SIMPLE_MAJORITY);

        assertThat(standing.passes()).isTrue();
        assertThat(standing.overall()).isEqualTo(new Tally("overall", 1, 1, 0, 0, 0));
    }

    @Test
    void evaluate_nullPosition_countsAsNotHavingVoted() {
        var votes = new HashMap<String, Position>();
        votes.put("ada", APPROVE);
        votes.put("bob", null);
        List<Voter> eligible = List.of(new Voter("ada", US, INDUSTRY), new Voter("bob", EU, ACADEMIA));

        Standing standing = RuleEngine.evaluate(SIMPLE_MAJORITY, eligible, votes);

        assertThat(standing.overall()).isEqualTo(new Tally("overall", 2, 1, 0, 0, 0));
    }

    @Test
    void evaluate_tallies_separateEveryPosition() {
        Standing standing = new TestBallot().vote(2, US, INDUSTRY, APPROVE).vote(1, US, INDUSTRY,
                APPROVE_WITH_COMMENTS).vote(1, EU, ACADEMIA, DISAPPROVE).vote(1, EU, ACADEMIA, ABSTAIN)
                .silent(1, EU, ACADEMIA).evaluate(SIMPLE_MAJORITY);

        assertThat(standing.overall()).isEqualTo(new Tally("overall", 6, 2, 1, 1, 1));
        assertThat(standing.sides()).containsExactly(new Tally("US", 3, 2, 1, 0, 0), new Tally("EU", 3, 0, 0, 1, 1));
        assertThat(standing.groups()).containsExactly(new Tally(ACADEMIA, 3, 0, 0, 1, 1),
                new Tally(INDUSTRY, 3, 2, 1, 0, 0));
    }

    @Test
    void evaluate_sidesAndGroups_areOrderedWhateverTheOrderOfVoters() {
        Standing standing = new TestBallot().vote(1, EU, INDUSTRY, APPROVE).vote(1, US, CIVIL_SOCIETY, APPROVE)
                .vote(1, EU, ACADEMIA, APPROVE).evaluate(SIMPLE_MAJORITY);

        assertThat(standing.sides()).extracting(Tally::scope).containsExactly("US", "EU");
        assertThat(standing.groups()).extracting(Tally::scope).containsExactly(ACADEMIA, CIVIL_SOCIETY, INDUSTRY);
    }

    @Test
    void evaluate_withoutConcurrence_checksOnlyOverallButStillTalliesSidesAndGroups() {
        Standing standing = new TestBallot().vote(3, US, INDUSTRY, APPROVE).vote(2, EU, ACADEMIA, DISAPPROVE)
                .evaluate(SIMPLE_MAJORITY);

        assertThat(scopes(standing)).containsExactly("overall");
        assertThat(standing.sides()).hasSize(2);
        assertThat(standing.groups()).hasSize(2);
        assertThat(standing.passes()).isTrue();
    }

    @Test
    void evaluate_doubleMajority_checksOverallThenEachSide() {
        Standing standing = new TestBallot().vote(3, US, INDUSTRY, APPROVE).vote(3, EU, ACADEMIA, APPROVE)
                .vote(2, EU, ACADEMIA, DISAPPROVE).evaluate(DOUBLE_MAJORITY);

        assertThat(scopes(standing)).containsExactly("overall", "US", "EU");
        assertThat(explanation(standing, "EU"))
                .isEqualTo("3 of 5 votes cast approve (60.0%); needs more than 1/2 — holds");
        assertThat(standing.passes()).isTrue();
    }

    @Test
    void evaluate_doubleMajorityFailingOnOneSide_saysHowManyApprovalsThatSideNeeds() {
        Standing standing = new TestBallot().vote(3, US, INDUSTRY, APPROVE).vote(1, EU, ACADEMIA, APPROVE)
                .vote(2, EU, ACADEMIA, DISAPPROVE).silent(3, EU, ACADEMIA).evaluate(DOUBLE_MAJORITY);

        assertThat(standing.passes()).isFalse();
        assertThat(standing.check("overall").orElseThrow().holds()).isTrue();
        assertThat(explanation(standing, "EU"))
                .isEqualTo("1 of 3 votes cast approve (33.3%); needs more than 1/2 — 2 more approvals needed");
        assertThat(summary(standing)).isEqualTo("Does not pass yet: 2 more approvals needed on the EU side");
    }

    @Test
    void evaluate_someScopesBeyondRepair_summaryListsEveryShortfall() {
        Standing standing = new TestBallot().vote(1, US, INDUSTRY, APPROVE).vote(2, US, INDUSTRY, DISAPPROVE)
                .vote(1, EU, ACADEMIA, APPROVE).vote(1, EU, ACADEMIA, DISAPPROVE).silent(1, EU, ACADEMIA)
                .evaluate(DOUBLE_MAJORITY);

        assertThat(standing.checks()).extracting(Check::approvalsStillNeeded).containsExactly(-1, -1, 1);
        assertThat(summary(standing)).isEqualTo("Does not pass: "
                + "the rule cannot be met overall even if everyone who has not voted approves; "
                + "the rule cannot be met on the US side even if everyone who has not voted approves; "
                + "1 more approval needed on the EU side");
    }

    @Test
    void evaluate_observers_countOverallAndInTheirGroupButFormNoSide() {
        Standing standing = new TestBallot().vote(2, US, ACADEMIA, APPROVE).vote(2, EU, INDUSTRY, APPROVE)
                .vote(1, OBSERVER, ACADEMIA, DISAPPROVE).evaluate(DOUBLE_MAJORITY);

        assertThat(standing.overall()).isEqualTo(new Tally("overall", 5, 4, 0, 1, 0));
        assertThat(standing.sides()).extracting(Tally::scope).containsExactly("US", "EU");
        assertThat(standing.groups()).contains(new Tally(ACADEMIA, 3, 2, 0, 1, 0));
        assertThat(scopes(standing)).containsExactly("overall", "US", "EU");
        assertThat(standing.passes()).isTrue();
    }

    @Test
    void evaluate_observersOutvotingBothSides_blockTheOverallCheck() {
        Standing standing = new TestBallot().vote(1, US, ACADEMIA, APPROVE).vote(1, EU, INDUSTRY, APPROVE)
                .vote(3, OBSERVER, ACADEMIA, DISAPPROVE).evaluate(DOUBLE_MAJORITY);

        assertThat(standing.checks()).extracting(Check::holds).containsExactly(false, true, true);
        assertThat(summary(standing)).isEqualTo(
                "Does not pass: the rule cannot be met overall even if everyone who has not voted approves");
    }

    @Test
    void evaluate_sideWithNoEligibleVoters_isSkippedNotACheckNorABlockerNorListed() {
        Standing standing = new TestBallot().vote(3, US, INDUSTRY, APPROVE).vote(1, OBSERVER, ACADEMIA, DISAPPROVE)
                .outsider("eu-outsider", DISAPPROVE).evaluate(DOUBLE_MAJORITY);

        assertThat(standing.sides()).extracting(Tally::scope).containsExactly("US");
        assertThat(scopes(standing)).containsExactly("overall", "US");
        assertThat(standing.passes()).isTrue();
    }

    @Test
    void evaluate_groupWithNoEligibleVoters_isSkippedNotACheckNorABlockerNorListed() {
        Standing standing = new TestBallot().vote(2, US, INDUSTRY, APPROVE).vote(1, EU, ACADEMIA, APPROVE)
                .evaluate(GROUP_CONCURRENCE);

        assertThat(standing.groups()).extracting(Tally::scope).containsExactly(ACADEMIA, INDUSTRY);
        assertThat(scopes(standing)).containsExactly("overall", ACADEMIA, INDUSTRY);
        assertThat(standing.passes()).isTrue();
    }

    @Test
    void evaluate_votersWithoutGroup_countOverallButFormNoGroup() {
        Standing standing = new TestBallot().vote(2, US, INDUSTRY, APPROVE).vote(1, EU, null, DISAPPROVE)
                .evaluate(GROUP_CONCURRENCE);

        assertThat(standing.overall()).isEqualTo(new Tally("overall", 3, 2, 0, 1, 0));
        assertThat(scopes(standing)).containsExactly("overall", INDUSTRY);
        assertThat(standing.passes()).isTrue();
    }

    @Test
    void evaluate_groupWhoseMembersHaveNotVoted_stillBlocks() {
        Standing standing = new TestBallot().vote(3, US, INDUSTRY, APPROVE).silent(2, EU, CIVIL_SOCIETY)
                .evaluate(GROUP_CONCURRENCE);

        assertThat(explanation(standing, CIVIL_SOCIETY))
                .isEqualTo("no votes cast yet; needs more than 1/2 — 1 more approval needed");
        assertThat(summary(standing))
                .isEqualTo("Does not pass yet: 1 more approval needed in the CIVIL_SOCIETY group");
    }

    @Test
    void evaluate_sidesAndGroupsConcurrence_checksEveryScopeAndFailsOnOneGroup() {
        Rule rule = Rule.stakeholderConcurrence(DOUBLE_MAJORITY);
        Standing standing = new TestBallot().vote(1, US, INDUSTRY, APPROVE).vote(2, EU, INDUSTRY, DISAPPROVE)
                .silent(2, EU, INDUSTRY).vote(2, US, ACADEMIA, APPROVE).vote(3, EU, ACADEMIA, APPROVE)
                .evaluate(rule);

        assertThat(scopes(standing)).containsExactly("overall", "US", "EU", ACADEMIA, INDUSTRY);
        assertThat(standing.checks()).extracting(Check::holds).containsExactly(true, true, true, true, false);
        assertThat(explanation(standing, INDUSTRY)).isEqualTo(
                "1 of 3 votes cast approve (33.3%); needs more than 1/2 — 2 more approvals needed");
        assertThat(summary(standing)).isEqualTo("Does not pass yet: 2 more approvals needed in the INDUSTRY group");
    }

    @Test
    void evaluate_quorumNotMet_failsAlthoughEveryoneWhoVotedApproved() {
        Standing standing = new TestBallot().vote(4, US, INDUSTRY, APPROVE).silent(6, EU, ACADEMIA)
                .evaluate(QUORATE_MAJORITY);

        assertThat(standing.passes()).isFalse();
        assertThat(explanation(standing, "overall")).isEqualTo("quorum not met (4 of 10 eligible have "
                + "voted, 5 must take part); 4 of 4 votes cast approve (100.0%); needs more than 1/2 — "
                + "1 more approval needed");
        assertThat(summary(standing)).isEqualTo("Does not pass yet: 1 more approval needed overall");
    }

    @Test
    void evaluate_quorumMetByAbstentions_passes() {
        Standing standing = new TestBallot().vote(1, US, INDUSTRY, APPROVE).vote(4, EU, ACADEMIA, ABSTAIN)
                .silent(5, EU, ACADEMIA).evaluate(QUORATE_MAJORITY);

        assertThat(standing.passes()).isTrue();
        assertThat(explanation(standing, "overall")).startsWith("quorum met (5 of 10 eligible have voted");
    }

    @Test
    void evaluate_quorumWithDoubleMajority_appliesWithinEachSide() {
        Standing standing = new TestBallot().vote(4, US, INDUSTRY, APPROVE).vote(1, EU, ACADEMIA, APPROVE)
                .silent(3, EU, ACADEMIA).evaluate(Rule.transatlanticDoubleMajority(QUORATE_MAJORITY));

        assertThat(standing.checks()).extracting(Check::holds).containsExactly(true, true, false);
        assertThat(summary(standing)).isEqualTo("Does not pass yet: 1 more approval needed on the EU side");
    }

    @Test
    void evaluate_memberEligibleTwice_isRejected() {
        List<Voter> eligible = List.of(new Voter("ada", US, INDUSTRY), new Voter("ada", EU, ACADEMIA));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleEngine.evaluate(SIMPLE_MAJORITY, eligible, Map.of("ada", APPROVE)))
                .withMessageContaining("ada");
    }

    @Test
    void evaluate_nullVoter_isRejected() {
        List<Voter> eligible = Arrays.asList(new Voter("ada", US, INDUSTRY), null);

        assertThatNullPointerException()
                .isThrownBy(() -> RuleEngine.evaluate(SIMPLE_MAJORITY, eligible, Map.of()));
    }

    @Test
    void evaluate_missingArguments_areRejected() {
        assertThatNullPointerException().isThrownBy(() -> RuleEngine.evaluate(null, List.of(), Map.of()));
        assertThatNullPointerException().isThrownBy(() -> RuleEngine.evaluate(SIMPLE_MAJORITY, null, Map.of()));
        assertThatNullPointerException().isThrownBy(() -> RuleEngine.evaluate(SIMPLE_MAJORITY, List.of(), null));
    }

    @Test
    void evaluate_totalWeightBeyondWholeNumberRange_failsInsteadOfWrappingAround() {
        var ballot = new TestBallot().weighted(Integer.MAX_VALUE, US, INDUSTRY, APPROVE).weighted(1, EU, ACADEMIA,
                APPROVE);

        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> ballot.evaluate(SIMPLE_MAJORITY));
    }

    @Test
    void evaluate_heavyWeights_areComparedExactly() {
        int heavy = 1_000_000_000;
        Standing standing = new TestBallot().weighted(heavy, US, INDUSTRY, APPROVE).weighted(heavy / 2, EU,
                ACADEMIA, DISAPPROVE).evaluate(votesCast(Fraction.of(2, 3), AT_LEAST));

        assertThat(standing.passes()).isTrue();
        assertThat(explanation(standing, "overall")).isEqualTo(
                "1,000,000,000 of 1,500,000,000 votes cast approve (66.7%); needs at least 2/3 — holds");
    }

    @Test
    void standing_lists_cannotBeChanged() {
        Standing standing = new TestBallot().vote(1, US, INDUSTRY, APPROVE).evaluate(SIMPLE_MAJORITY);

        assertThat(standing.checks()).isUnmodifiable();
        assertThat(standing.sides()).isUnmodifiable();
        assertThat(standing.groups()).isUnmodifiable();
    }
}
