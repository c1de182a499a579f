package org.accord.notifications.internal.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a member's daily digest goes out: at the digest hour of their own time zone, with everything queued before that
 * moment. Across a daylight-saving change the hour is the wall-clock hour of that day.
 */
public record DigestSchedule(int hour) {

    public DigestSchedule {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("The digest hour is an hour of the day (0 to 23), not " + hour);
        }
    }

    /** The latest digest moment at or before {@code now} in this zone. */
    public Instant lastDigestBefore(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(LocalTime.of(hour, 0)).atZone(zone);
        return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
    }

    /** Whether an e-mail queued at {@code queuedAt} is in a digest that is due at {@code now}. */
    public boolean isDue(Instant queuedAt, Instant now, ZoneId zone) {
        return queuedAt.isBefore(lastDigestBefore(now, zone));
    }
}
