package org.accord.notifications.internal.domain;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.accord.platform.errors.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailChoicesTest {

    private static Map<NoticeKind, Delivery> defaults() {
        Map<NoticeKind, Delivery> defaults = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            defaults.put(kind, kind.byDefault());
        }
        return defaults;
    }

    @Test
    void read_keepsKindsLeftOut_andTakesTheChosenOnes() {
        EmailChoices choices = EmailChoices.read("fr", "Europe/Paris", Map.of("BALLOT_CLOSED", "OFF"), defaults());

        assertThat(choices.language()).contains(Locale.FRENCH);
        assertThat(choices.timeZone()).contains(ZoneId.of("Europe/Paris"));
        assertThat(choices.deliveries()).containsEntry(NoticeKind.BALLOT_CLOSED, Delivery.OFF)
                .containsEntry(NoticeKind.BALLOT_OPENED, Delivery.IMMEDIATE).hasSize(NoticeKind.values().length);
    }

    @Test
    void read_withNoLanguageOrZone_followsTheProfile() {
        EmailChoices choices = EmailChoices.read("", null, Map.of(), defaults());

        assertThat(choices.language()).isEmpty();
        assertThat(choices.timeZone()).isEmpty();
    }

    @Test
    void read_refusesUnknownValues_namingTheField() {
        assertThatThrownBy(() -> EmailChoices.read("it", "UTC", Map.of(), defaults()))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("language");
        assertThatThrownBy(() -> EmailChoices.read("en", "Mars/Olympus", Map.of(), defaults()))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("timeZone");
        assertThatThrownBy(() -> EmailChoices.read("en", "UTC", Map.of("BALLOT_OPENED", "HOURLY"), defaults()))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("BALLOT_OPENED");
        assertThatThrownBy(() -> EmailChoices.read("en", "UTC", Map.of("GOSSIP", "OFF"), defaults()))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("GOSSIP");
    }
}
