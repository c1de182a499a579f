package org.accord.notifications.internal.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * When a deadline is near enough to remind of it, and the id that makes each reminder happen once: a reminder has no
 * event of its own, so its notices are named after the kind and the thing reminded of, whichever instance sends it.
 */
public final class Reminders {

    /** Ballots and comment rounds are reminded of in the last day before they close. */
    public static final Duration BEFORE_CLOSING = Duration.ofHours(24);

    /** Liaison replies are reminded of from three days before they are due, and while overdue. */
    public static final Period BEFORE_REPLY_DUE = Period.ofDays(3);

    /** A disposition stays among what needs its commenter for two weeks. */
    public static final Duration DISPOSITION_SHOWN = Duration.ofDays(14);

    private Reminders() {
    }

    public static UUID eventId(NoticeKind kind, UUID subjectId) {
        return UUID.nameUUIDFromBytes((kind.name() + ":" + subjectId).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of a reminder of a deadline that can move: the reminder of each deadline happens once. */
    public static UUID eventId(NoticeKind kind, UUID subjectId, Instant deadline) {
        return UUID.nameUUIDFromBytes((kind.name() + ":" + subjectId + ":" + deadline)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static Instant closingBy(Instant now) {
        return now.plus(BEFORE_CLOSING);
    }

    /** The latest due date a reply may have to be reminded of now (dates are the group's, in UTC). */
    public static LocalDate replyDueBy(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).plus(BEFORE_REPLY_DUE);
    }

    public static Instant disposedSince(Instant now) {
        return now.minus(DISPOSITION_SHOWN);
    }
}
