package org.accord.stakeholders.internal.domain;

import java.util.UUID;

import org.accord.membership.api.Side;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class MemberPositionTest {

    private static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void create_withBlankGroup_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MemberPosition(MEMBER, " ", Side.US, true))
                .withMessageContaining("stakeholder group");
    }

    @Test
    void create_withoutGroup_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MemberPosition(MEMBER, null, Side.US, true));
    }

    @Test
    void create_withoutMemberOrSide_isRejected() {
        assertThatNullPointerException().isThrownBy(() -> new MemberPosition(null, "INDUSTRY", Side.US, true));
        assertThatNullPointerException().isThrownBy(() -> new MemberPosition(MEMBER, "INDUSTRY", null, true));
    }
}
