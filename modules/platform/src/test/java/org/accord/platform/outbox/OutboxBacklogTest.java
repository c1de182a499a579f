package org.accord.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.accord.platform.module.ModuleName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxBacklogTest {

    private static final ModuleName MODULE = new ModuleName("ping");
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void lag_whenNothingPending_isZero() {
        assertThat(new OutboxBacklog(MODULE, 0, 0, 0, Optional.empty()).lag(NOW)).isZero();
    }

    @Test
    void lag_isTheAgeOfTheOldestPendingEvent() {
        var backlog = new OutboxBacklog(MODULE, 3, 1, 2, Optional.of(NOW.minusSeconds(42)));

        assertThat(backlog.lag(NOW)).isEqualTo(Duration.ofSeconds(42));
    }

    @Test
    void lag_whenClocksDisagree_isNeverNegative() {
        assertThat(new OutboxBacklog(MODULE, 1, 0, 0, Optional.of(NOW.plusSeconds(5))).lag(NOW)).isZero();
    }
}
