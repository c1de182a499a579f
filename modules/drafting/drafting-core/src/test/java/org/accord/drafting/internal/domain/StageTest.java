package org.accord.drafting.internal.domain;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StageTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
            "WORKING_DRAFT, Working draft, WD",
            "COMMITTEE_DRAFT, Committee draft, CD",
            "CONSENSUS_DRAFT, Consensus draft, DS",
            "APPROVED, Approved, FS",
            "PUBLISHED, Published, NONE",
            "WITHDRAWN, Withdrawn, NONE"})
    void stage_hasEnglishLabelAndVersionPrefix(Stage stage, String label, String prefix) {
        assertThat(stage.label().in(Locale.ENGLISH)).isEqualTo(label);
        assertThat(stage.versionPrefix().orElse(null)).isEqualTo(prefix);
        assertThat(stage.acceptsNewVersions()).isEqualTo(prefix != null);
    }
}
