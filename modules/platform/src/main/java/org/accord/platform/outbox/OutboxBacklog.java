package org.accord.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.accord.platform.module.ModuleName;

/** The unsent part of one module's outbox. */
public record OutboxBacklog(ModuleName module, long pending, Optional<Instant> oldestPending) {

    public Duration lag(Instant now) {
        return oldestPending.map(oldest -> Duration.between(oldest, now)).filter(lag -> !lag.isNegative())
                .orElse(Duration.ZERO);
    }
}
