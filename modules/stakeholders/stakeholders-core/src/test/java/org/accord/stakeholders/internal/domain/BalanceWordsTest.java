package org.accord.stakeholders.internal.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.accord.stakeholders.api.GroupLabels;
import org.junit.jupiter.api.Test;

import static org.accord.membership.api.Side.EU;
import static org.accord.membership.api.Side.US;
import static org.accord.stakeholders.internal.domain.BalanceRuleKind.MAX_GROUP_SHARE;
import static org.accord.stakeholders.internal.domain.BalanceRuleKind.MIN_SIDE_SHARE;
import static org.accord.stakeholders.internal.domain.Positions.all;
import static org.accord.stakeholders.internal.domain.Positions.voting;
import static org.assertj.core.api.Assertions.assertThat;

class BalanceWordsTest {

    static final Locale FRENCH = Locale.FRENCH;
    static final Locale GERMAN = Locale.GERMAN;
    private static final String NBSP = "\u00a0";

    /** The groups Accord starts with keep their names; any other code stands for a group an administrator named. */
    static BalanceWords words(Locale locale) {
        Set<String> standard = Set.of("INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY");
        return new BalanceWords(locale, code -> GroupLabels.of(code, code, standard.contains(code)));
    }

    @Test
    void describe_saysEachKindOfRuleInEachLanguage() {
        assertThat(words(Locale.ENGLISH).describe(MAX_GROUP_SHARE, 50))
                .isEqualTo("No stakeholder group above 50% of voting members");
        assertThat(words(Locale.ENGLISH).describe(MIN_SIDE_SHARE, 40))
                .isEqualTo("Each side (US, EU) at least 40% of voting members");
        assertThat(words(FRENCH).describe(MAX_GROUP_SHARE, 50))
                .isEqualTo("Aucun groupe de parties prenantes au-delà de 50" + NBSP + "% des membres votants");
        assertThat(words(FRENCH).describe(MIN_SIDE_SHARE, 40)).isEqualTo(
                "Chaque délégation (États-Unis, UE) avec au moins 40" + NBSP + "% des membres votants");
        assertThat(words(GERMAN).describe(MAX_GROUP_SHARE, 50))
                .isEqualTo("Keine Interessengruppe über 50" + NBSP + "% der stimmberechtigten Mitglieder");
        assertThat(words(GERMAN).describe(MIN_SIDE_SHARE, 40))
                .isEqualTo("Jede Delegation (USA, EU) mit mindestens 40" + NBSP + "% der stimmberechtigten Mitglieder");
    }

    @Test
    void finding_namesTheGroupInTheReadersLanguage_andWritesItsNumbersTheirWay() {
        var finding = new Finding(MAX_GROUP_SHARE, 50, List.of(new Breach("CIVIL_SOCIETY", 62.5)));

        assertThat(words(Locale.ENGLISH).finding(finding))
                .isEqualTo("Civil society holds 62.5% of voting members (limit 50%)");
        assertThat(words(FRENCH).finding(finding)).isEqualTo(
                "Société civile" + NBSP + ": 62,5" + NBSP + "% des membres votants (limite 50" + NBSP + "%)");
        assertThat(words(GERMAN).finding(finding))
                .isEqualTo("Zivilgesellschaft: 62,5" + NBSP + "% der stimmberechtigten Mitglieder (Grenze 50" + NBSP
                        + "%)");
    }

    @Test
    void finding_ofSides_namesEachSideInTheOrderGiven() {
        var finding = new Finding(MIN_SIDE_SHARE, 40, List.of(new Breach("US", 25.0), new Breach("EU", 25.0)));

        assertThat(words(Locale.ENGLISH).finding(finding)).isEqualTo(
                "US holds 25.0% of voting members (minimum 40%); EU holds 25.0% of voting members (minimum 40%)");
        assertThat(words(FRENCH).finding(finding)).startsWith("États-Unis" + NBSP + ": 25,0" + NBSP + "%")
                .contains(")" + NBSP + "; UE" + NBSP + ": 25,0" + NBSP + "%");
        assertThat(words(GERMAN).finding(finding)).contains("(Minimum 40" + NBSP + "%); EU: 25,0");
    }

    @Test
    void finding_ofAGroupAnAdministratorNamed_keepsTheirNameInEveryLanguage() {
        var words = new BalanceWords(FRENCH, code -> GroupLabels.of(code, "Trade unions", false));

        assertThat(words.finding(new Finding(MAX_GROUP_SHARE, 30, List.of(new Breach("UNIONS", 40.0)))))
                .startsWith("Trade unions" + NBSP + ": 40,0");
    }

    @Test
    void finding_whenOneDecimalWouldReadAsTheLimit_showsMoreDecimals() {
        // 34 of 103 is 33.0097%: above a 33% cap, yet "33.0%" would read as within it.
        var members = all(voting(34, "INDUSTRY", US), voting(23, "ACADEMIA", EU), voting(23, "CIVIL_SOCIETY", EU),
                voting(23, "LABOUR", EU));
        var finding = new BalanceRule("cap", MAX_GROUP_SHARE, 33)
                .violation(new Balance(members, List.of("INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY"))).orElseThrow();

        assertThat(words(Locale.ENGLISH).finding(finding))
                .isEqualTo("Industry holds 33.01% of voting members (limit 33%)");
        assertThat(words(GERMAN).finding(finding)).startsWith("Industrie: 33,01" + NBSP + "%");
        assertThat(finding.breaches().getFirst().plainShare(33)).isEqualTo("33.01");
    }

    @Test
    void finding_belowAMinimum_alsoNeverReadsAsTheMinimum() {
        var finding = new Finding(MIN_SIDE_SHARE, 40, List.of(new Breach("EU", 39.96)));

        assertThat(words(Locale.ENGLISH).finding(finding)).startsWith("EU holds 39.96% of voting members");
        assertThat(finding.breaches().getFirst().plainShare(40)).isEqualTo("39.96");
        assertThat(new Breach("EU", 62.5).plainShare(40)).isEqualTo("62.5");
    }

    @Test
    void finding_isWrittenTheReadersWayWhateverTheDefaultLocale() {
        var finding = new Finding(MAX_GROUP_SHARE, 50, List.of(new Breach("INDUSTRY", 200.0 / 3)));
        var previous = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(words(Locale.ENGLISH).finding(finding))
                    .isEqualTo("Industry holds 66.7% of voting members (limit 50%)");
            assertThat(finding.breaches().getFirst().plainShare(50)).isEqualTo("66.7");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void group_whoseCodeNoGroupHasAnyMore_isShownAsItsCode() {
        var words = new BalanceWords(GERMAN, code -> GroupLabels.of(code, null));

        assertThat(words.group("PUBLIC_SECTOR")).isEqualTo("PUBLIC_SECTOR");
    }
}
