package org.accord.publishing.internal.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When a reply to a liaison statement is late. Days are UTC days, the calendar the group keeps on both sides of the
 * Atlantic.
 */
public final class ReplyDeadlines {

    private ReplyDeadlines() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Late once the day a reply was due has passed without one; a statement that asks for no reply never is. */
    public static boolean overdue(LocalDate replyDue, boolean replied, LocalDate today) {
        return replyDue != null && !replied && replyDue.isBefore(today);
    }
}
