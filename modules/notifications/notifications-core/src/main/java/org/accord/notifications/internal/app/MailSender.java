package org.accord.notifications.internal.app;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.internal.domain.DigestSchedule;
import org.accord.notifications.internal.persistence.EmailRows;
import org.accord.notifications.internal.persistence.EmailRows.DigestCandidate;
import org.accord.notifications.internal.persistence.EmailRows.Outgoing;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sends the e-mails of notices, at most once each: a row is marked SENDING and committed before its message leaves, and
 * SENT after, so a sender that dies in between leaves it SENDING and no one sends it again (the admin page shows it). A
 * send that fails returns the row to the queue with the error, and gives it up after the configured attempts. Safe with
 * several senders at once: each claim locks its rows with SKIP LOCKED.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final EmailRows rows;
    private final MailComposer composer;
    private final Mailer mailer;
    private final NotificationsConfig config;
    private final DigestSchedule schedule;

    MailSender(EmailRows rows, MailComposer composer, Mailer mailer, NotificationsConfig config) {
        this.rows = rows;
        this.composer = composer;
        this.mailer = mailer;
        this.config = config;
        this.schedule = new DigestSchedule(config.digestHour());
    }

    /** Sends every pending immediate e-mail; returns how many left. */
    public int sendDue() {
        int sent = 0;
        List<Outgoing> claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(() -> rows.claimImmediate(config.mail().batch()));
            for (Outgoing email : claimed) {
                sent += deliver(List.of(email.noticeId()), () -> composer.notice(email)) ? 1 : 0;
            }
        } while (claimed.size() == config.mail().batch());
        return sent;
    }

    /** Sends the digest of each member whose digest hour has come since its oldest e-mail was queued. */
    public int sendDigestsDue(Instant now) {
        int sent = 0;
        for (DigestCandidate candidate : QuarkusTransaction.requiringNew().call(rows::digestCandidates)) {
            ZoneId zone = zone(candidate.timeZone());
            if (!schedule.isDue(candidate.oldestQueuedAt(), now, zone)) {
                continue;
            }
            Instant digestMoment = schedule.lastDigestBefore(now, zone);
            List<Outgoing> claimed = QuarkusTransaction.requiringNew()
                    .call(() -> rows.claimDigest(candidate.memberId(), digestMoment));
            if (!claimed.isEmpty()) {
                sent += deliver(claimed.stream().map(Outgoing::noticeId).toList(), () -> composer.digest(claimed))
                        ? 1
                        : 0;
            }
        }
        return sent;
    }

    private boolean deliver(List<UUID> noticeIds, Supplier<Mail> mail) {
        try {
            mailer.send(mail.get());
        } catch (RuntimeException e) {
            LOG.warnf(e, "E-mail of notices %s not sent", noticeIds);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            QuarkusTransaction.requiringNew()
                    .run(() -> rows.markFailed(noticeIds, error, config.mail().maxAttempts()));
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> rows.markSent(noticeIds, Instant.now()));
        return true;
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
