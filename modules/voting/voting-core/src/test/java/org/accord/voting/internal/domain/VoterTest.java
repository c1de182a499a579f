package org.accord.voting.internal.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VoterTest {

    @Test
    void create_withoutWeight_weighsOne() {
        assertThat(new Voter("ada", Side.US, "ACADEMIA").weight()).isEqualTo(1);
    }

    @Test
    void create_withUnknownGroup_isAccepted() {
        assertThat(new Voter("ada", Side.US, null, 2).group()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void create_withWeightBelowOne_isRejected(int weight) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Voter("ada", Side.US, "ACADEMIA", weight))
                .withMessageContaining("weight");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void create_withBlankMemberId_isRejected(String memberId) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Voter(memberId, Side.US, "ACADEMIA"));
    }

    @Test
    void create_withoutMemberId_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Voter(null, Side.US, "ACADEMIA"));
    }

    @Test
    void create_withoutSide_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Voter("ada", null, "ACADEMIA"))
                .withMessageContaining("side");
    }

    @Test
    void create_withBlankGroup_isRejectedInFavourOfNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Voter("ada", Side.US, " "))
                .withMessageContaining("null");
    }
}
