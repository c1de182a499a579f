package org.accord.platform.module;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModuleNameTest {

    @Test
    void moduleName_derivesSchemaTopicAndSource() {
        ModuleName voting = new ModuleName("voting");

        assertThat(voting.schema()).isEqualTo("voting");
        assertThat(voting.topic()).isEqualTo("accord.voting.v1");
        assertThat(voting.eventSource()).isEqualTo("/accord/voting");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Voting", "1voting", "voting; drop schema x", "voting.internal", "a"})
    void moduleName_whenNotASafeIdentifier_isRejected(String name) {
        assertThatThrownBy(() -> new ModuleName(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moduleName_whenNull_isRejected() {
        assertThatThrownBy(() -> new ModuleName(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
