package org.accord.platform.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTest {

    @Test
    void rendersInEachLanguage_withNestedTextsAndFormattedNumbers() {
        Text tooLong = Text.of("platform.text_too_long", Text.of("platform.literal", "Titre"), 12345, 200);
        assertThat(tooLong.in(Locale.ENGLISH)).isEqualTo("Titre is 12,345 characters long; at most 200 are allowed.");
        assertThat(tooLong.in(Locale.FRENCH))
                .isEqualTo("« Titre » compte 12\u202f345 caractères ; 200 au plus sont admis.");
        assertThat(tooLong.in(Locale.GERMAN)).isEqualTo("„Titre“ ist 12.345 Zeichen lang; höchstens 200 sind erlaubt.");
    }

    @Test
    void apostrophesAndBracesInArguments_arePrintedAsTheyAre() {
        assertThat(Text.of("platform.not_an_id", "l'id {0}").in(Locale.FRENCH))
                .isEqualTo("« l'id {0} » n’est pas un identifiant.");
        assertThat(Text.of("platform.not_an_id", "x").in(Locale.ENGLISH)).isEqualTo("'x' is not an id.");
    }

    @Test
    void anotherLanguage_fallsBackToEnglish_notToTheMachinesLanguage() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(Text.of("platform.sign_in").in(Locale.forLanguageTag("es"))).isEqualTo("Sign in first.");
            assertThat(Text.of("platform.sign_in").in(Locale.forLanguageTag("de-AT")))
                    .isEqualTo("Melden Sie sich zuerst an.");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void anUnknownKey_showsItself_soThatTestsFindIt() {
        assertThat(Text.of("platform.no_such_key").in(Locale.FRENCH)).isEqualTo("platform.no_such_key");
        assertThat(Text.of("nobundle.key").in(Locale.FRENCH)).isEqualTo("nobundle.key");
        assertThatThrownBy(() -> Text.of("nodot")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void instants_areShownInTheReadersZone_namingIt() {
        Instant at = Instant.parse("2026-12-01T23:30:00Z");
        assertThat(LocalFormats.dateTime(at, Locale.ENGLISH, ZoneId.of("UTC"))).isEqualTo("1 Dec 2026, 23:30 UTC");
        assertThat(LocalFormats.dateTime(at, Locale.GERMAN, ZoneId.of("Europe/Berlin")))
                .isEqualTo("2. Dez. 2026, 00:30 MEZ");
        assertThat(LocalFormats.dateTime(at, Locale.FRENCH, ZoneId.of("America/New_York")))
                .startsWith("1 déc. 2026, 18:30 ");
        assertThat(LocalFormats.percent(12.345, Locale.FRENCH)).isEqualTo("12,3\u00a0%");
        assertThat(LocalFormats.percent(12.345, Locale.ENGLISH)).isEqualTo("12.3%");
    }
}
