package org.accord.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "accord.outbox")
public interface OutboxConfig {

    /** Whether this instance relays at all (an instance may be a pure web node). */
    @WithDefault("true")
    boolean enabled();

    /** How often the relay looks for events a commit did not wake it for (read by the relay's schedule). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How many rows one claim takes. */
    @WithDefault("500")
    int batchSize();

    /** How long a claim keeps other relayers away; longer than {@link #sendTimeout()}. */
    @WithDefault("60s")
    Duration lease();

    /** How long the relay waits for the broker to acknowledge a batch before releasing it for another try. */
    @WithDefault("30s")
    Duration sendTimeout();

    /**
     * How long a stop waits for the batch in flight; a batch still unacknowledged then is sent again after its lease.
     */
    @WithDefault("3s")
    Duration stopTimeout();

    /**
     * Above this age of the oldest event that is neither parked nor held behind a parked event of its subject, the
     * application reports itself not ready.
     */
    @WithDefault("60s")
    Duration maxLag();

    /**
     * Pause before the first retry of an event that failed; it doubles with each failure up to {@link #maxBackoff()}.
     */
    @WithDefault("500ms")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /**
     * After this many refusals by the broker (failures that a retry cannot mend, such as a record too large), an event
     * is parked until an administrator retries it. Timeouts and lost connections are retried without limit.
     */
    @WithDefault("5")
    int maxAttempts();

    /** Events whose JSON is larger than this many bytes are sent by claim check. */
    @WithDefault("262144")
    int claimCheckThreshold();
}
