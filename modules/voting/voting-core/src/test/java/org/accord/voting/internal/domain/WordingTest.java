package org.accord.voting.internal.domain;

import java.util.Locale;

import org.accord.platform.i18n.Text;
import org.accord.stakeholders.api.GroupLabels;
import org.junit.jupiter.api.Test;

import static org.accord.voting.internal.domain.Position.APPROVE;
import static org.accord.voting.internal.domain.Position.DISAPPROVE;
import static org.accord.voting.internal.domain.Side.EU;
import static org.accord.voting.internal.domain.Side.US;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules, explanations and summaries read in French and German as they do in English, numbers written locally. */
class WordingTest {

    private static final GroupNames GROUPS = code -> GroupLabels.of(code, null);
    private static final Rule ISO_DIS_ON_BOTH_SIDES = Rule.transatlanticDoubleMajority(Rule.isoDis());

    @Test
    void rule_readsInEachLanguage() {
        Text rule = ISO_DIS_ON_BOTH_SIDES.describe();

        assertThat(rule.in(Locale.FRENCH)).isEqualTo("Au moins 2/3 des suffrages exprimés sont favorables et au plus"
                + " 1/4 des suffrages exprimés sont défavorables, de chaque côté (États-Unis, UE)");
        assertThat(rule.in(Locale.GERMAN)).isEqualTo("Mindestens 2/3 der abgegebenen Stimmen sind Zustimmungen und"
                + " höchstens 1/4 der abgegebenen Stimmen sind Ablehnungen, auf jeder Seite (USA, EU)");
    }

    @Test
    void explanation_readsInEachLanguage_withNumbersWrittenLocally() {
        Standing standing = new TestBallot().weighted(6666, US, "INDUSTRY", APPROVE)
                .weighted(3334, EU, "ACADEMIA", DISAPPROVE).evaluate(Rule.isoDis());
        Text explanation = standing.check("overall").orElseThrow().explanation();

        assertThat(explanation.in(Locale.FRENCH)).isEqualTo("approbations\u00a0: 6\u202f666 sur 10\u202f000 suffrages"
                + " exprimés (66,66\u00a0%)\u00a0; il faut au moins 2/3\u00a0; désapprobations\u00a0: 3\u202f334 sur"
                + " 10\u202f000 suffrages exprimés (33,3\u00a0%), au-delà des 1/4 admis — la règle ne peut pas être"
                + " respectée, même si tous ceux qui n’ont pas voté approuvent");
        assertThat(explanation.in(Locale.GERMAN)).isEqualTo("Zustimmungen: 6.666 von 10.000 abgegebenen Stimmen"
                + " (66,66\u00a0%); erforderlich sind mindestens 2/3; Ablehnungen: 3.334 von 10.000 abgegebenen Stimmen"
                + " (33,3\u00a0%), mehr als die zulässigen 1/4 — nicht erfüllbar, selbst wenn alle, die noch nicht"
                + " abgestimmt haben, zustimmen");
    }

    @Test
    void summary_namesEachPlaceInTheReadersLanguage() {
        Standing standing = new TestBallot().vote(2, US, "INDUSTRY", APPROVE).vote(1, EU, "ACADEMIA", DISAPPROVE)
                .silent(2, EU, "ACADEMIA").evaluate(Rule.stakeholderConcurrence(Rule.transatlanticDoubleMajority(
                        Rule.simpleMajority())));
        Text summary = standing.summary().text(GROUPS);

        assertThat(summary).hasToString("Does not pass yet: 2 more approvals needed on the EU side;"
                + " 2 more approvals needed in the Academia group");
        assertThat(summary.in(Locale.FRENCH)).isEqualTo("Pas encore adopté\u00a0: il manque 2 approbations côté UE"
                + "\u00a0; il manque 2 approbations dans le groupe Milieu universitaire");
        assertThat(summary.in(Locale.GERMAN)).isEqualTo("Noch nicht angenommen: auf EU-Seite fehlen 2 Zustimmungen;"
                + " in der Gruppe Wissenschaft fehlen 2 Zustimmungen");
    }
}
