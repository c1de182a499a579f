package org.accord.membership.internal.app;

import java.util.Locale;

import org.accord.membership.api.Side;
import org.accord.platform.i18n.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryLinesTest {

    @Test
    void admission_namesGroupSideAndRoles_inEachLanguage() {
        Text line = HistoryLines.line("MemberAdmitted", Side.EU, "Academia", "member,editor", null);

        assertThat(line.in(Locale.ENGLISH)).isEqualTo("Admitted to Academia on the EU side as Member, Editor");
        assertThat(line.in(Locale.FRENCH))
                .isEqualTo("Admission dans le groupe Academia côté UE en tant que Membre, Rédacteur");
        assertThat(line.in(Locale.GERMAN)).isEqualTo("Aufnahme in die Gruppe Academia auf der EU-Seite als Mitglied,"
                + " Redaktion");
    }

    @Test
    void changes_areWordedFromTheirFacts() {
        assertThat(HistoryLines.line("MemberRolesChanged", null, null, "member,moderator,admin", null)
                .in(Locale.GERMAN)).isEqualTo("Rollen: Mitglied, Moderation, Administration");
        assertThat(HistoryLines.line("VotingRightsChanged", null, null, null, false).in(Locale.FRENCH))
                .isEqualTo("Droit de vote retiré");
        assertThat(HistoryLines.line("VotingRightsChanged", null, null, null, true).in(Locale.ENGLISH))
                .isEqualTo("Voting rights granted");
        assertThat(HistoryLines.line("MemberSuspended", null, null, null, null).in(Locale.GERMAN))
                .isEqualTo("Suspendierung");
    }

    @Test
    void admission_withoutItsFacts_stillSaysWhatHappened() {
        assertThat(HistoryLines.line("MemberAdmitted", null, null, null, null).in(Locale.FRENCH))
                .isEqualTo("Admission dans le groupe de travail");
    }
}
