package org.accord.review.internal.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BalanceTest {

    @Test
    void aSideOrGroupWithVotingMembersAndNoComment_isSilent() {
        Balance balance = Balance.of(List.of(new Balance.Cell("US", "INDUSTRY", 4), new Balance.Cell("EU", "ACADEMIA",
                3), new Balance.Cell("EU", "INDUSTRY", 2)), List.of(new Balance.Cell("US", "INDUSTRY", 7),
                        new Balance.Cell("EU", "INDUSTRY", 1)));

        assertThat(balance.silentSides()).isEmpty();
        assertThat(balance.silentGroups()).containsExactly("ACADEMIA");
        assertThat(balance.unbalanced()).isTrue();
        assertThat(balance.rows()).contains(new Balance.Row("EU", "ACADEMIA", 3, 0),
                new Balance.Row("US", "INDUSTRY", 4, 7));
    }

    @Test
    void observersExternalBodiesAndMembersInNoGroup_neverMakeAScopeSilentOrHeard() {
        Balance balance = Balance.of(List.of(new Balance.Cell("US", null, 2), new Balance.Cell("EU", "ACADEMIA", 1)),
                List.of(new Balance.Cell("OBSERVER", "ACADEMIA", 1), new Balance.Cell("EXTERNAL", null, 3)));

        assertThat(balance.silentSides()).containsExactly("EU", "US");
        assertThat(balance.silentGroups()).isEmpty();
    }

    @Test
    void aRoundWhereEveryoneWasHeard_isBalanced() {
        Balance balance = Balance.of(List.of(new Balance.Cell("US", "INDUSTRY", 1)),
                List.of(new Balance.Cell("US", "INDUSTRY", 1)));

        assertThat(balance.unbalanced()).isFalse();
    }
}
