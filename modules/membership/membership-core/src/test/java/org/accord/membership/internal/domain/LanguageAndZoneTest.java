package org.accord.membership.internal.domain;

import java.time.ZoneId;
import java.util.Locale;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class LanguageAndZoneTest {

    private static final LanguageAndZone CHOSEN = new LanguageAndZone("fr", "Europe/Paris");

    @Test
    void changedBy_keepsWhatIsLeftOut_clearsWhatIsEmpty_andTakesTheRest() {
        assertThat(CHOSEN.changedBy(null, null)).isEqualTo(CHOSEN);
        assertThat(CHOSEN.changedBy("", " ")).isEqualTo(LanguageAndZone.UNCHOSEN);
        assertThat(CHOSEN.changedBy("de", "America/New_York"))
                .isEqualTo(new LanguageAndZone("de", "America/New_York"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "EN", "fr-CH", "english", "<b>"})
    void changedBy_anotherLanguage_isRefusedOnTheLanguageField(String language) {
        assertThatThrownBy(() -> CHOSEN.changedBy(language, null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("choose en, fr, de").extracting("field").isEqualTo("language");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus_Mons", "+02:00", "Z", "utc", "europe/paris", "Europe/Paris/"})
    void changedBy_anythingButAnIanaZone_isRefusedOnTheTimeZoneField(String zone) {
        assertThatThrownBy(() -> CHOSEN.changedBy(null, zone)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("is not a time zone").extracting("field").isEqualTo("timeZone");
    }

    @Test
    void refusal_speaksTheReadersLanguage() {
        RuleViolation refused = (RuleViolation) catchThrowable(() -> CHOSEN.changedBy(null, "Mars/Olympus_Mons"));

        assertThat(refused.text().in(Locale.FRENCH)).startsWith("« Mars/Olympus_Mons » n’est pas un fuseau horaire");
        assertThat(refused.text().in(Locale.GERMAN)).startsWith("„Mars/Olympus_Mons“ ist keine Zeitzone");
    }

    @Test
    void withLanguage_takesOnlyALanguageAccordSpeaks() {
        assertThat(CHOSEN.withLanguage(Locale.GERMANY)).isEqualTo(new LanguageAndZone("de", "Europe/Paris"));
        assertThatThrownBy(() -> CHOSEN.withLanguage(Locale.ITALIAN)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void zone_isUtcUntilChosen_andWhenTheZoneIsNoLongerKnown() {
        assertThat(LanguageAndZone.UNCHOSEN.zone()).isEqualTo(Languages.UTC);
        assertThat(LanguageAndZone.UNCHOSEN.locale()).isEmpty();
        assertThat(CHOSEN.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(CHOSEN.locale()).contains(Locale.FRENCH);
        assertThat(new LanguageAndZone("de", "Atlantis/Capital").zone()).isEqualTo(Languages.UTC);
    }

    @Test
    void timeZones_startWithUtc_thenFollowTheAlphabet_andAreExactlyTheAcceptedOnes() {
        assertThat(LanguageAndZone.timeZones().getFirst()).isEqualTo("UTC");
        assertThat(LanguageAndZone.timeZones().subList(1, LanguageAndZone.timeZones().size())).isSorted()
                .contains("America/New_York", "Europe/Berlin").doesNotContain("UTC");
        assertThat(LanguageAndZone.timeZones()).containsExactlyInAnyOrderElementsOf(ZoneId.getAvailableZoneIds());
    }
}
