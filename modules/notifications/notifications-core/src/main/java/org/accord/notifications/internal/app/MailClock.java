package org.accord.notifications.internal.app;

import java.time.Instant;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due e-mails regularly on each instance. On shutdown no run starts any more and stopping waits for the run in
 * progress, so that a message that left is also marked SENT.
 */
@ApplicationScoped
class MailClock {

    private final MailSender sender;
    private final ReadWriteLock running = new ReentrantReadWriteLock();
    private boolean stopped;

    MailClock(MailSender sender) {
        this.sender = sender;
    }

    @Scheduled(every = "${accord.notifications.mail.interval}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendImmediate() {
        run(sender::sendDue);
    }

    @Scheduled(every = "${accord.notifications.mail.digest-check}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDigests() {
        run(() -> sender.sendDigestsDue(Instant.now()));
    }

    void stop(@Observes ShutdownEvent event) {
        running.writeLock().lock();
        try {
            stopped = true;
        } finally {
            running.writeLock().unlock();
        }
    }

    private void run(Runnable work) {
        running.readLock().lock();
        try {
            if (!stopped) {
                work.run();
            }
        } finally {
            running.readLock().unlock();
        }
    }
}
