package org.accord.stakeholders.api;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroupLabelsTest {

    @Test
    void aGroupThatKeepsItsStandardName_isNamedInEachLanguage() {
        GroupSummary academia = new GroupSummary("ACADEMIA", "Academia", true, true);

        assertThat(GroupLabels.of("ACADEMIA", academia).in(Locale.ENGLISH)).isEqualTo("Academia");
        assertThat(GroupLabels.of("ACADEMIA", academia).in(Locale.FRENCH)).isEqualTo("Milieu universitaire");
        assertThat(GroupLabels.of("ACADEMIA", academia).in(Locale.GERMAN)).isEqualTo("Wissenschaft");
    }

    @Test
    void aGroupAnAdministratorNamed_isNamedAsWrittenInEveryLanguage() {
        GroupSummary renamed = new GroupSummary("INDUSTRY", "Industry & trade", true, false);
        GroupSummary added = new GroupSummary("PUBLIC_SECTOR", "Public sector", true, false);

        assertThat(GroupLabels.of("INDUSTRY", renamed).in(Locale.GERMAN)).isEqualTo("Industry & trade");
        assertThat(GroupLabels.of("PUBLIC_SECTOR", added).in(Locale.FRENCH)).isEqualTo("Public sector");
    }

    @Test
    void aRecordedCode_isNamedByTheStandardWords_elseByTheNameKept_elseAsItIs() {
        assertThat(GroupLabels.recorded("CIVIL_SOCIETY", "Civil society").in(Locale.FRENCH))
                .isEqualTo("Société civile");
        assertThat(GroupLabels.recorded("PUBLIC_SECTOR", "Public sector").in(Locale.GERMAN))
                .isEqualTo("Public sector");
        assertThat(GroupLabels.recorded("PUBLIC_SECTOR", null).in(Locale.GERMAN)).isEqualTo("PUBLIC_SECTOR");
        assertThat(GroupLabels.of("RETIRED_LONG_AGO", (GroupSummary) null).in(Locale.FRENCH))
                .isEqualTo("RETIRED_LONG_AGO");
    }
}
