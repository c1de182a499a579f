package org.accord.voting.internal.domain;

import org.accord.platform.i18n.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CheckTest {

    @Test
    void create_holdingWithApprovalsStillNeeded_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Check("EU", true, Text.of("platform.literal", "EU: holds"), 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -2})
    void create_failingWithoutAWayForward_isRejected(int approvalsStillNeeded) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Check("EU", false, Text.of("platform.literal", "EU: does not hold"),
                        approvalsStillNeeded));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1, 7})
    void create_failingWithApprovalsNeededOrNoneThatHelp_isAccepted(int approvalsStillNeeded) {
        assertThat(new Check("EU", false, Text.of("platform.literal", "EU: does not hold"), approvalsStillNeeded)
                .approvalsStillNeeded())
                .isEqualTo(approvalsStillNeeded);
    }

    @Test
    void create_withoutExplanation_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Check("EU", true, null, 0));
    }
}
