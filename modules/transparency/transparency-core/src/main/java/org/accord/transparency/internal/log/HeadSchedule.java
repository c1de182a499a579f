package org.accord.transparency.internal.log;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the log signs a new tree head: at once when it has none; when it grew, once {@code interval} has passed since
 * the last head, so that heads come at most that often; and when it did not grow, once {@code renewal} has passed, so
 * that a recent signed head shows the log alive even when nothing is decided.
 */
public record HeadSchedule(Duration interval, Duration renewal) {

    public HeadSchedule {
        if (interval.isNegative() || interval.compareTo(renewal) > 0) {
            throw new IllegalArgumentException("Heads are signed at most every " + interval + " and at least every "
                    + renewal + "; the first must be the shorter");
        }
    }

    public boolean due(Optional<TreeHead> latest, long size, Instant now) {
        if (latest.isEmpty()) {
            return true;
        }
        Duration since = Duration.ofMillis(now.toEpochMilli() - latest.get().timestampMs());
        return since.compareTo(size > latest.get().treeSize() ? interval : renewal) >= 0;
    }

    /** A new head's timestamp: now, yet always later than the last head's, even if the clock went back. */
    public static long timestamp(Optional<TreeHead> latest, Instant now) {
        return Math.max(now.toEpochMilli(), latest.map(head -> head.timestampMs() + 1).orElse(Long.MIN_VALUE));
    }
}
