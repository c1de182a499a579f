package org.accord.notifications.internal.domain;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestScheduleTest {

    private static final DigestSchedule SEVEN = new DigestSchedule(7);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void lastDigestBefore_isTodaysHourOnceItPassed_elseYesterdays() {
        assertThat(SEVEN.lastDigestBefore(Instant.parse("2026-03-02T12:30:00Z"), NEW_YORK))
                .isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
        assertThat(SEVEN.lastDigestBefore(Instant.parse("2026-03-02T11:59:59Z"), NEW_YORK))
                .isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(SEVEN.lastDigestBefore(Instant.parse("2026-03-02T12:00:00Z"), NEW_YORK))
                .isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
    }

    @Test
    void lastDigestBefore_keepsTheWallClockHourAcrossDaylightSaving() {
        // Europe/Paris moved to summer time on 29 March 2026
        assertThat(SEVEN.lastDigestBefore(Instant.parse("2026-03-29T05:30:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
        assertThat(SEVEN.lastDigestBefore(Instant.parse("2026-03-29T04:30:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-03-28T06:00:00Z"));
    }

    @Test
    void isDue_onlyForWhatWasQueuedBeforeTheDigestHour() {
        Instant queued = Instant.parse("2026-03-02T08:00:00Z");

        assertThat(SEVEN.isDue(queued, Instant.parse("2026-03-02T11:00:00Z"), NEW_YORK)).isFalse();
        assertThat(SEVEN.isDue(queued, Instant.parse("2026-03-02T12:00:01Z"), NEW_YORK)).isTrue();
        assertThat(SEVEN.isDue(queued, Instant.parse("2026-03-02T07:00:01Z"), PARIS)).isFalse();
        assertThat(SEVEN.isDue(queued, Instant.parse("2026-03-03T06:00:01Z"), PARIS)).isTrue();
    }

    @Test
    void anHourOutsideTheDay_isRefused() {
        assertThatThrownBy(() -> new DigestSchedule(24)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DigestSchedule(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
