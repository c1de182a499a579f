package org.accord.voting.internal.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.accord.voting.internal.domain.Comparison.AT_LEAST;
import static org.accord.voting.internal.domain.Comparison.MORE_THAN;
import static org.accord.voting.internal.domain.Concurrence.GROUPS;
import static org.accord.voting.internal.domain.Concurrence.NONE;
import static org.accord.voting.internal.domain.Concurrence.SIDES;
import static org.accord.voting.internal.domain.Concurrence.SIDES_AND_GROUPS;
import static org.accord.voting.internal.domain.Denominator.ELIGIBLE;
import static org.accord.voting.internal.domain.Denominator.VOTES_CAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RuleTest {

    @ParameterizedTest
    @EnumSource(Comparison.class)
    void rule_withAThresholdOfZero_isRefused_becauseItCannotMeanConsent(Comparison comparison) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Rule("Anything goes", Fraction.of(0, 3), comparison,
                VOTES_CAST, null, null, NONE)).withMessageContaining("threshold of 0");
    }

    private static final Fraction HALF = Fraction.of(1, 2);

    @Test
    void simpleMajority_isMoreThanHalfOfVotesCast() {
        assertThat(Rule.simpleMajority()).isEqualTo(
                new Rule("Simple majority", HALF, MORE_THAN, VOTES_CAST, null, null, NONE));
    }

    @Test
    void isoDis_isTwoThirdsApprovingAndAQuarterDisapprovingOfVotesCast() {
        assertThat(Rule.isoDis()).isEqualTo(new Rule("ISO DIS approval", Fraction.of(2, 3), AT_LEAST, VOTES_CAST,
                Fraction.of(1, 4), null, NONE));
    }

    @Test
    void oasisSpecialMajority_isTwoThirdsApprovingAndAQuarterDisapprovingOfEligible() {
        assertThat(Rule.oasisSpecialMajority()).isEqualTo(new Rule("OASIS special majority", Fraction.of(2, 3),
                AT_LEAST, ELIGIBLE, Fraction.of(1, 4), null, NONE));
    }

    @Test
    void transatlanticDoubleMajority_keepsTheBaseAndAddsSideConcurrence() {
        Rule rule = Rule.transatlanticDoubleMajority(Rule.isoDis());

        assertThat(rule.name()).isEqualTo("Transatlantic double majority (ISO DIS approval)");
        assertThat(rule.concurrence()).isEqualTo(SIDES);
        assertThat(rule).usingRecursiveComparison().ignoringFields("name", "concurrence").isEqualTo(Rule.isoDis());
    }

    @Test
    void stakeholderConcurrence_keepsTheBaseAndAddsGroupConcurrence() {
        Rule rule = Rule.stakeholderConcurrence(Rule.oasisSpecialMajority());

        assertThat(rule.name()).isEqualTo("Stakeholder concurrence (OASIS special majority)");
        assertThat(rule.concurrence()).isEqualTo(GROUPS);
        assertThat(rule).usingRecursiveComparison().ignoringFields("name", "concurrence")
                .isEqualTo(Rule.oasisSpecialMajority());
    }

    @Test
    void stakeholderConcurrence_ofADoubleMajority_requiresSidesAndGroups() {
        Rule rule = Rule.stakeholderConcurrence(Rule.transatlanticDoubleMajority(Rule.simpleMajority()));

        assertThat(rule.concurrence()).isEqualTo(SIDES_AND_GROUPS);
        assertThat(rule.name()).isEqualTo("Stakeholder concurrence (Transatlantic double majority (Simple majority))");
    }

    @Test
    void transatlanticDoubleMajority_ofAStakeholderConcurrence_keepsGroupConcurrence() {
        Rule rule = Rule.transatlanticDoubleMajority(Rule.stakeholderConcurrence(Rule.simpleMajority()));

        assertThat(rule.concurrence()).isEqualTo(SIDES_AND_GROUPS);
    }

    @Test
    void combinedRules_withoutBase_areRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rule.transatlanticDoubleMajority(null));
        assertThatIllegalArgumentException().isThrownBy(() -> Rule.stakeholderConcurrence(null));
    }

    @Test
    void preset_combinedKeys_buildOnSimpleMajority() {
        assertThat(Rule.preset("TRANSATLANTIC_DOUBLE_MAJORITY"))
                .isEqualTo(Rule.transatlanticDoubleMajority(Rule.simpleMajority()));
        assertThat(Rule.preset("STAKEHOLDER_CONCURRENCE"))
                .isEqualTo(Rule.stakeholderConcurrence(Rule.simpleMajority()));
    }

    @Test
    void preset_singleKeys_matchTheirFactories() {
        assertThat(Rule.preset("SIMPLE_MAJORITY")).isEqualTo(Rule.simpleMajority());
        assertThat(Rule.preset("ISO_DIS")).isEqualTo(Rule.isoDis());
        assertThat(Rule.preset("OASIS_SPECIAL_MAJORITY")).isEqualTo(Rule.oasisSpecialMajority());
    }

    @ParameterizedTest
    @MethodSource("org.accord.voting.internal.domain.Rule#presetKeys")
    void preset_everyListedKey_resolves(String key) {
        assertThat(Rule.preset(key)).isNotNull();
    }

    @Test
    void presetKeys_listsTheFivePresetsInOrder() {
        assertThat(Rule.presetKeys()).containsExactly("SIMPLE_MAJORITY", "ISO_DIS", "OASIS_SPECIAL_MAJORITY",
                "TRANSATLANTIC_DOUBLE_MAJORITY", "STAKEHOLDER_CONCURRENCE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "simple_majority", "SUPER_MAJORITY"})
    void preset_unknownKey_isRejectedListingTheValidKeys(String key) {
        assertThatIllegalArgumentException().isThrownBy(() -> Rule.preset(key))
                .withMessageContaining("SIMPLE_MAJORITY, ISO_DIS, OASIS_SPECIAL_MAJORITY, "
                        + "TRANSATLANTIC_DOUBLE_MAJORITY, STAKEHOLDER_CONCURRENCE");
    }

    @Test
    void preset_withoutKey_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rule.preset(null)).withMessageContaining("ISO_DIS");
    }

    @Test
    void describe_simpleMajority_readsAsARule() {
        assertThat(Rule.simpleMajority().describe()).hasToString("More than 1/2 of votes cast approve");
    }

    @Test
    void describe_doubleMajorityOfIsoDis_mentionsCapAndSides() {
        assertThat(Rule.transatlanticDoubleMajority(Rule.isoDis()).describe()).hasToString("At least 2/3 of votes cast "
                + "approve and at most 1/4 of votes cast disapprove, within each side (US, EU)");
    }

    @Test
    void describe_oasisSpecialMajority_measuresAgainstEligibleVoters() {
        assertThat(Rule.oasisSpecialMajority().describe())
                .hasToString("At least 2/3 of eligible voters approve and at most 1/4 of eligible voters disapprove");
    }

    @Test
    void describe_withQuorumAndGroups_mentionsBoth() {
        var rule = new Rule("Quorate concurrence", HALF, MORE_THAN, VOTES_CAST, null, Fraction.of(1, 3), GROUPS);

        assertThat(rule.describe()).hasToString("More than 1/2 of votes cast approve, with at least 1/3 of eligible "
                + "voters taking part, within each stakeholder group");
    }

    @Test
    void describe_withSidesAndGroups_mentionsBoth() {
        var rule = new Rule("Everywhere", HALF, MORE_THAN, VOTES_CAST, null, null, SIDES_AND_GROUPS);

        assertThat(rule.describe()).hasToString(
                "More than 1/2 of votes cast approve, within each side (US, EU) and within each stakeholder group");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void create_withBlankName_isRejected(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Rule(name, HALF, MORE_THAN, VOTES_CAST, null, null, NONE));
    }

    @Test
    void create_withMissingParts_isRejectedNamingThePart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Rule("r", null, MORE_THAN, VOTES_CAST, null, null, NONE))
                .withMessageContaining("threshold");
        assertThatIllegalArgumentException().isThrownBy(() -> new Rule("r", HALF, null, VOTES_CAST, null, null, NONE))
                .withMessageContaining("comparison");
        assertThatIllegalArgumentException().isThrownBy(() -> new Rule("r", HALF, MORE_THAN, null, null, null, NONE))
                .withMessageContaining("denominator");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Rule("r", HALF, MORE_THAN, VOTES_CAST, null, null, null))
                .withMessageContaining("concurrence");
    }

    @ParameterizedTest
    @EnumSource(Denominator.class)
    void create_moreThanEverything_isRejectedAsImpossible(Denominator denominator) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Rule("r", Fraction.of(3, 3), MORE_THAN, denominator, null, null, NONE))
                .withMessageContaining("can never be met");
    }

    @Test
    void create_atLeastEverything_isAccepted() {
        var unanimity = new Rule("Unanimity", Fraction.of(1, 1), AT_LEAST, VOTES_CAST, null, null, NONE);

        assertThat(unanimity.describe()).hasToString("At least 1/1 of votes cast approve");
    }
}
