package org.accord.notifications.internal.app;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The notifications module's settings: how often reminders are looked for, and how notices are e-mailed (the key of
 * unsubscribe links, the digest hour, the sender's pace, the demo mailbox).
 */
@ConfigMapping(prefix = "accord.notifications")
public interface NotificationsConfig {

    /** Signs unsubscribe links, from {@code ACCORD_UNSUBSCRIBE_KEY}. */
    String unsubscribeKey();

    /** The hour of the day, in each member's time zone, at which their digest goes out. */
    int digestHour();

    /** The local stack's mailbox (JSON), for the admins' mail page of the demo; absent in production. */
    Optional<String> demoMailbox();

    /** How often each instance looks for ballots and rounds closing and liaison replies due. */
    Duration reminderInterval();

    Sending mail();

    interface Sending {

        /** How often each instance looks for e-mails to send at once. */
        Duration interval();

        /** How often each instance looks for digests that are due. */
        Duration digestCheck();

        /** How many e-mails one claim takes. */
        int batch();

        /** After this many failed attempts an e-mail is given up (FAILED). */
        int maxAttempts();

        /** An event older than this makes notices but no e-mail: it is history read again, not news. */
        Duration maxAge();
    }
}
