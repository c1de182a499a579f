package org.accord.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.accord.platform.module.ModuleName;

/**
 * The unsent part of one module's outbox: {@code pending} events the relay may send, {@code parked} events it stopped
 * trying, and {@code held} events waiting behind a parked event of their subject. {@code oldestPending} is the creation
 * time of the oldest pending event.
 */
public record OutboxBacklog(ModuleName module, long pending, long parked, long held, Optional<Instant> oldestPending) {

    /** How long the oldest event the relay may send has waited; parked and held events do not count. */
    public Duration lag(Instant now) {
        return oldestPending.map(oldest -> Duration.between(oldest, now)).filter(lag -> !lag.isNegative())
                .orElse(Duration.ZERO);
    }
}
