package org.accord.transparency.internal.log;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeadScheduleTest {

    private static final HeadSchedule SCHEDULE = new HeadSchedule(Duration.ofSeconds(10), Duration.ofHours(1));
    private static final Instant LAST = Instant.parse("2026-12-20T10:00:00Z");
    private static final Optional<TreeHead> LATEST = Optional.of(new TreeHead(5, new byte[32], LAST.toEpochMilli()));

    @Test
    void aLogWithoutHead_isSignedAtOnce() {
        assertThat(SCHEDULE.due(Optional.empty(), 0, LAST)).isTrue();
    }

    @Test
    void aLogThatGrew_isSignedOnlyOnceTheIntervalPassed() {
        assertThat(SCHEDULE.due(LATEST, 6, LAST.plusMillis(9_999))).isFalse();
        assertThat(SCHEDULE.due(LATEST, 6, LAST.plusSeconds(10))).isTrue();
    }

    @Test
    void aLogThatDidNotGrow_isSignedAgainOnlyOnceTheRenewalPassed() {
        assertThat(SCHEDULE.due(LATEST, 5, LAST.plusSeconds(3599))).isFalse();
        assertThat(SCHEDULE.due(LATEST, 5, LAST.plusSeconds(3600))).isTrue();
    }

    @Test
    void aNewHeadsTimestamp_isLaterThanTheLastEvenWhenTheClockWentBack() {
        assertThat(HeadSchedule.timestamp(LATEST, LAST.minusSeconds(5))).isEqualTo(LAST.toEpochMilli() + 1);
        assertThat(HeadSchedule.timestamp(LATEST, LAST.plusSeconds(5))).isEqualTo(LAST.plusSeconds(5).toEpochMilli());
        assertThat(HeadSchedule.timestamp(Optional.empty(), LAST)).isEqualTo(LAST.toEpochMilli());
    }

    @Test
    void anIntervalLongerThanTheRenewal_isRefused() {
        assertThatThrownBy(() -> new HeadSchedule(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
