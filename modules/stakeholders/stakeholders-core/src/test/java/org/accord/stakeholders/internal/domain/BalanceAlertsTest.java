package org.accord.stakeholders.internal.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.accord.membership.api.Side.EU;
import static org.accord.membership.api.Side.US;
import static org.accord.stakeholders.internal.domain.BalanceRuleKind.MAX_GROUP_SHARE;
import static org.accord.stakeholders.internal.domain.BalanceRuleKind.MIN_SIDE_SHARE;
import static org.accord.stakeholders.internal.domain.Positions.all;
import static org.accord.stakeholders.internal.domain.Positions.voting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BalanceAlertsTest {

    private static final List<String> GROUPS = List.of("INDUSTRY", "ACADEMIA");
    private static final BalanceRule GROUP_CAP = new BalanceRule("group-cap", MAX_GROUP_SHARE, 50);
    private static final BalanceRule SIDE_FLOOR = new BalanceRule("side-floor", MIN_SIDE_SHARE, 40);

    /** INDUSTRY holds 75% and EU 25%: both rules broken. */
    private static final Balance UNBALANCED = new Balance(
            all(voting(3, "INDUSTRY", US), voting(1, "ACADEMIA", EU)), GROUPS);

    /** Two groups and two sides at 50% each: both rules hold. */
    private static final Balance BALANCED = new Balance(
            all(voting(1, "INDUSTRY", US), voting(1, "INDUSTRY", EU), voting(1, "ACADEMIA", US),
                    voting(1, "ACADEMIA", EU)),
            GROUPS);

    @Test
    void decide_whenRuleBrokenAndNoAlertOpen_raisesItWithTheFinding() {
        var changes = BalanceAlerts.decide(Set.of(), List.of(GROUP_CAP), UNBALANCED);

        assertThat(changes.toRaise()).containsExactly(new AlertChanges.Raise(GROUP_CAP,
                new Finding(MAX_GROUP_SHARE, 50, List.of(new Breach("INDUSTRY", 75.0)))));
        assertThat(changes.toClear()).isEmpty();
    }

    @Test
    void decide_whenRuleBrokenAndAlertAlreadyOpen_keepsIt() {
        var changes = BalanceAlerts.decide(Set.of("group-cap"), List.of(GROUP_CAP), UNBALANCED);

        assertThat(changes.isEmpty()).isTrue();
    }

    @Test
    void decide_whenRuleHoldsAgain_clearsItsAlert() {
        var changes = BalanceAlerts.decide(Set.of("group-cap"), List.of(GROUP_CAP), BALANCED);

        assertThat(changes.toRaise()).isEmpty();
        assertThat(changes.toClear()).containsExactly("group-cap");
    }

    @Test
    void decide_whenRuleHoldsAndNoAlertOpen_changesNothing() {
        assertThat(BalanceAlerts.decide(Set.of(), List.of(GROUP_CAP, SIDE_FLOOR), BALANCED).isEmpty()).isTrue();
    }

    @Test
    void decide_whenRuleWasRemoved_clearsItsAlert() {
        var changes = BalanceAlerts.decide(Set.of("retired-rule"), List.of(GROUP_CAP), BALANCED);

        assertThat(changes.toClear()).containsExactly("retired-rule");
    }

    @Test
    void decide_whenRuleWasRemovedWhileTheBalanceIsStillOff_clearsItsAlert() {
        var changes = BalanceAlerts.decide(Set.of("group-cap"), List.of(), UNBALANCED);

        assertThat(changes.toRaise()).isEmpty();
        assertThat(changes.toClear()).containsExactly("group-cap");
    }

    @Test
    void decide_whenNobodyVotes_clearsOpenAlertsAndRaisesNone() {
        var nobody = new Balance(List.of(), GROUPS);

        var changes = BalanceAlerts.decide(Set.of("group-cap", "side-floor"), List.of(GROUP_CAP, SIDE_FLOOR), nobody);

        assertThat(changes.toRaise()).isEmpty();
        assertThat(changes.toClear()).containsExactly("group-cap", "side-floor");
    }

    @Test
    void decide_ordersRaisesAndClearsByRuleId() {
        var zCap = new BalanceRule("z-cap", MAX_GROUP_SHARE, 60);
        var aFloor = new BalanceRule("a-floor", MIN_SIDE_SHARE, 30);
        var rules = List.of(zCap, GROUP_CAP, aFloor);

        var changes = BalanceAlerts.decide(Set.of("y-gone", "b-gone", "x-gone"), rules, UNBALANCED);

        assertThat(changes.toRaise()).extracting(raise -> raise.rule().id())
                .containsExactly("a-floor", "group-cap", "z-cap");
        assertThat(changes.toClear()).containsExactly("b-gone", "x-gone", "y-gone");
    }

    @Test
    void decide_mixesRaiseKeepAndClear() {
        var rules = List.of(GROUP_CAP, SIDE_FLOOR);

        var changes = BalanceAlerts.decide(Set.of("side-floor", "old-rule"), rules, UNBALANCED);

        assertThat(changes.toRaise()).extracting(AlertChanges.Raise::rule).containsExactly(GROUP_CAP);
        assertThat(changes.toClear()).containsExactly("old-rule");
    }

    @Test
    void decide_whenTwoRulesShareAnId_isRejected() {
        var twin = new BalanceRule("group-cap", MIN_SIDE_SHARE, 40);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> BalanceAlerts.decide(Set.of(), List.of(GROUP_CAP, twin), BALANCED))
                .withMessageContaining("group-cap");
    }

    @Test
    void changes_cannotBeChangedFromOutside() {
        var changes = BalanceAlerts.decide(Set.of("gone"), List.of(GROUP_CAP), UNBALANCED);

        assertThat(changes.toRaise()).isUnmodifiable();
        assertThat(changes.toClear()).isUnmodifiable();
    }
}
