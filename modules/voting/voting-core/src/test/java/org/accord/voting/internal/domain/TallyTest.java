package org.accord.voting.internal.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TallyTest {

    @Test
    void derivedCounts_leaveAbstentionsOutOfVotesCastButNotOutOfParticipation() {
        var tally = new Tally("overall", 20, 5, 3, 4, 2);

        assertThat(tally.approvals()).isEqualTo(8);
        assertThat(tally.votesCast()).isEqualTo(12);
        assertThat(tally.participated()).isEqualTo(14);
        assertThat(tally.notVoted()).isEqualTo(6);
    }

    @Test
    void create_withMoreVotesThanEligible_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally("EU", 3, 2, 0, 1, 1))
                .withMessageContaining("EU");
    }

    @Test
    void create_withNegativeCount_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally("EU", 3, -1, 0, 0, 0));
    }

    @Test
    void create_withoutScope_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(" ", 3, 0, 0, 0, 0));
    }
}
