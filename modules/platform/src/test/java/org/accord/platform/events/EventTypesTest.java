package org.accord.platform.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTypesTest {

    @EventType("accord.voting.BallotOpened.v2")
    private record BallotOpened() {
    }

    private record Unnamed() {
    }

    @EventType("BallotClosed")
    private record BadlyNamed() {
    }

    @Test
    void of_readsTheDeclaredNameWithItsModuleAndVersion() {
        String type = EventTypes.of(BallotOpened.class);

        assertThat(type).isEqualTo("accord.voting.BallotOpened.v2");
        assertThat(EventTypes.module(type)).isEqualTo("voting");
        assertThat(EventTypes.version(type)).isEqualTo(2);
    }

    @Test
    void of_withoutDeclaredName_isRefused() {
        assertThatThrownBy(() -> EventTypes.of(Unnamed.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@EventType");
    }

    @Test
    void of_withMalformedName_isRefused() {
        assertThatThrownBy(() -> EventTypes.of(BadlyNamed.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accord.<module>.<EventName>.v<version>");
    }

    @Test
    void normalized_readsUnversionedNamesAsVersionOne() {
        assertThat(EventTypes.normalized("accord.membership.MemberAdmitted"))
                .isEqualTo("accord.membership.MemberAdmitted.v1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"accord.membership.MemberAdmitted.v1", "accord.membership.MemberAdmitted.v3",
            "something.else", ""})
    void normalized_leavesOtherNamesAlone(String type) {
        assertThat(EventTypes.normalized(type)).isEqualTo(type);
    }
}
