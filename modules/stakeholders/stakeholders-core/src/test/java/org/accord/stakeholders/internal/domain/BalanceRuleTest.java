package org.accord.stakeholders.internal.domain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.accord.membership.api.Side.EU;
import static org.accord.membership.api.Side.OBSERVER;
import static org.accord.membership.api.Side.US;
import static org.accord.stakeholders.internal.domain.BalanceRuleKind.MAX_GROUP_SHARE;
import static org.accord.stakeholders.internal.domain.BalanceRuleKind.MIN_SIDE_SHARE;
import static org.accord.stakeholders.internal.domain.Positions.all;
import static org.accord.stakeholders.internal.domain.Positions.nonVoting;
import static org.accord.stakeholders.internal.domain.Positions.voting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BalanceRuleTest {

    private static final List<String> GROUPS = List.of("INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY");
    private static final BalanceRule GROUP_CAP = new BalanceRule("group-cap", MAX_GROUP_SHARE, 50);
    private static final BalanceRule SIDE_FLOOR = new BalanceRule("side-floor", MIN_SIDE_SHARE, 40);

    private static Balance balance(List<MemberPosition> members) {
        return new Balance(members, GROUPS);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 101, 1000})
    void create_withThresholdOutside1To100_isRejected(int threshold) {
        assertThatIllegalArgumentException().isThrownBy(() -> new BalanceRule("cap", MAX_GROUP_SHARE, threshold))
                .withMessageContaining("between 1 and 100").withMessageContaining(String.valueOf(threshold));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 100})
    void create_withThresholdFrom1To100_isAccepted(int threshold) {
        assertThat(new BalanceRule("cap", MAX_GROUP_SHARE, threshold).thresholdPercent()).isEqualTo(threshold);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void create_withBlankId_isRejected(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> new BalanceRule(id, MAX_GROUP_SHARE, 50))
                .withMessageContaining("id");
    }

    @Test
    void create_withoutId_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BalanceRule(null, MAX_GROUP_SHARE, 50));
    }

    @Test
    void create_withoutKind_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BalanceRule("cap", null, 50))
                .withMessageContaining("kind");
    }

    @Test
    void evaluate_whenGroupAboveCap_isViolated() {
        var members = all(voting(3, "INDUSTRY", US), voting(2, "INDUSTRY", EU), voting(3, "ACADEMIA", EU));

        assertThat(GROUP_CAP.violation(balance(members)))
                .contains(new Finding(MAX_GROUP_SHARE, 50, List.of(new Breach("INDUSTRY", 62.5))));
        assertThat(GROUP_CAP.holds(balance(members))).isFalse();
    }

    @Test
    void evaluate_whenGroupExactlyAtCap_holds() {
        var members = all(voting(2, "INDUSTRY", US), voting(2, "ACADEMIA", EU));

        assertThat(GROUP_CAP.violation(balance(members))).isEmpty();
        assertThat(GROUP_CAP.holds(balance(members))).isTrue();
    }

    @Test
    void evaluate_whenGroupExactlyAtACapThatIsNotABinaryFraction_holds() {
        // 11 of 20 is exactly 55%, which 11.0 / 20 * 100 overshoots by a rounding error.
        var members = all(voting(11, "INDUSTRY", US), voting(9, "ACADEMIA", EU));
        var cap = new BalanceRule("cap", MAX_GROUP_SHARE, 55);

        assertThat(cap.violation(new Balance(members, List.of("INDUSTRY")))).isEmpty();
    }

    @Test
    void evaluate_whenGroupsBelowCap_holds() {
        var members = all(voting(3, "INDUSTRY", US), voting(3, "ACADEMIA", EU), voting(2, "CIVIL_SOCIETY", EU));

        assertThat(GROUP_CAP.violation(balance(members))).isEmpty();
    }

    @Test
    void evaluate_whenSeveralGroupsAboveCap_namesEachInGroupOrder() {
        var members = all(voting(2, "ACADEMIA", EU), voting(2, "INDUSTRY", US), voting(1, "CIVIL_SOCIETY", US));
        var cap = new BalanceRule("cap", MAX_GROUP_SHARE, 30);

        assertThat(cap.violation(balance(members))).map(Finding::breaches).contains(
                List.of(new Breach("INDUSTRY", 40.0), new Breach("ACADEMIA", 40.0)));
    }

    @Test
    void evaluate_maxGroupShare_countsOnlyVotingMembers() {
        var members = all(voting(2, "INDUSTRY", US), nonVoting(10, "ACADEMIA", EU), voting(2, "ACADEMIA", EU));

        assertThat(GROUP_CAP.violation(balance(members))).isEmpty();
    }

    @Test
    void evaluate_whenSideBelowMinimum_isViolated() {
        var members = all(voting(7, "INDUSTRY", US), voting(3, "ACADEMIA", EU));

        assertThat(SIDE_FLOOR.violation(balance(members)))
                .contains(new Finding(MIN_SIDE_SHARE, 40, List.of(new Breach("EU", 30.0))));
    }

    @Test
    void evaluate_whenSideExactlyAtMinimum_holds() {
        var members = all(voting(3, "INDUSTRY", US), voting(2, "ACADEMIA", EU));

        assertThat(SIDE_FLOOR.violation(balance(members))).isEmpty();
    }

    @Test
    void evaluate_whenBothSidesBelowMinimum_namesEachInSideOrder() {
        var members = all(voting(1, "INDUSTRY", EU), voting(1, "INDUSTRY", US), voting(2, "ACADEMIA", OBSERVER));

        assertThat(SIDE_FLOOR.violation(balance(members))).map(Finding::breaches)
                .contains(List.of(new Breach("US", 25.0), new Breach("EU", 25.0)));
    }

    @Test
    void evaluate_minSideShare_ignoresObserversOwnShare() {
        var members = all(voting(5, "INDUSTRY", US), voting(5, "ACADEMIA", EU), nonVoting(4, "ACADEMIA", OBSERVER));

        assertThat(SIDE_FLOOR.violation(balance(members))).isEmpty();
    }

    @Test
    void evaluate_minSideShare_countsVotingObserversInTheWhole() {
        var members = all(voting(4, "INDUSTRY", US), voting(4, "ACADEMIA", EU), voting(2, "ACADEMIA", OBSERVER));
        var floor = new BalanceRule("floor", MIN_SIDE_SHARE, 45);

        assertThat(floor.violation(balance(members))).map(Finding::breaches)
                .contains(List.of(new Breach("US", 40.0), new Breach("EU", 40.0)));
    }

    @Test
    void evaluate_whenNobodyVotes_bothKindsHold() {
        var members = all(nonVoting(5, "INDUSTRY", US), nonVoting(1, "ACADEMIA", OBSERVER));

        assertThat(GROUP_CAP.violation(balance(members))).isEmpty();
        assertThat(SIDE_FLOOR.violation(balance(members))).isEmpty();
        assertThat(GROUP_CAP.violation(balance(List.of()))).isEmpty();
        assertThat(SIDE_FLOOR.violation(balance(List.of()))).isEmpty();
    }
}
