package org.accord.notifications.internal.app;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.internal.app.MailReaders.Reader;
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

    /** An e-mail claimed, and who reads it. */
    private record Addressed(Outgoing email, Reader reader) {
    }

    /** A member whose digest may be due, and who reads it. */
    private record Digest(DigestCandidate candidate, Reader reader) {
    }

    private final EmailRows rows;
    private final MailReaders readers;
    private final MailComposer composer;
    private final Mailer mailer;
    private final NotificationsConfig config;
    private final DigestSchedule schedule;

    MailSender(EmailRows rows, MailReaders readers, MailComposer composer, Mailer mailer, NotificationsConfig config) {
        this.rows = rows;
        this.readers = readers;
        this.composer = composer;
        this.mailer = mailer;
        this.config = config;
        this.schedule = new DigestSchedule(config.digestHour());
    }

    /** Sends every pending immediate e-mail; returns how many left. */
    public int sendDue() {
        int sent = 0;
        List<Addressed> claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(() -> rows.claimImmediate(config.mail().batch())
                    .stream().map(email -> new Addressed(email, readers.of(email.username(), email.language(),
                            email.timeZone())))
                    .toList());
            for (Addressed addressed : claimed) {
                sent += deliver(List.of(addressed.email().noticeId()),
                        () -> composer.notice(addressed.email(), addressed.reader())) ? 1 : 0;
            }
        } while (claimed.size() == config.mail().batch());
        return sent;
    }

    /** Sends the digest of each member whose digest hour has come since its oldest e-mail was queued. */
    public int sendDigestsDue(Instant now) {
        int sent = 0;
        List<Digest> digests = QuarkusTransaction.requiringNew().call(() -> rows.digestCandidates().stream()
                .map(candidate -> new Digest(candidate, readers.of(candidate.username(), candidate.language(),
                        candidate.timeZone())))
                .toList());
        for (Digest digest : digests) {
            ZoneId zone = digest.reader().zone();
            if (!schedule.isDue(digest.candidate().oldestQueuedAt(), now, zone)) {
                continue;
            }
            Instant digestMoment = schedule.lastDigestBefore(now, zone);
            List<Outgoing> claimed = QuarkusTransaction.requiringNew()
                    .call(() -> rows.claimDigest(digest.candidate().memberId(), digestMoment));
            if (!claimed.isEmpty()) {
                sent += deliver(claimed.stream().map(Outgoing::noticeId).toList(),
                        () -> composer.digest(claimed, digest.reader())) ? 1 : 0;
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
}
