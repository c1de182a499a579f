package org.accord.transparency.internal.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.platform.events.IntegrationEvent;
import org.accord.transparency.internal.persistence.DirectoryRows;
import org.accord.transparency.internal.policy.Decision;
import org.accord.transparency.internal.policy.PublicationPolicy;

/**
 * Takes every event of the modules the log reads: the publication policy decides what, if anything, the log records of
 * it, from the event and what the directory knew before it; then the directory learns from the event. Runs in the
 * consumer's transaction, once per event, with the entry's append.
 */
@ApplicationScoped
public class EventIntake {

    private final PublicationPolicy policy = new PublicationPolicy();
    private final DirectoryRows directory;
    private final DirectoryKeeping keeping;
    private final LogAppender appender;

    EventIntake(DirectoryRows directory, DirectoryKeeping keeping, LogAppender appender) {
        this.directory = directory;
        this.keeping = keeping;
        this.appender = appender;
    }

    /** Every event class the policy has decided on: all those of the modules the log reads. */
    public List<Class<?>> eventClasses() {
        return policy.decisions().stream().<Class<?>> map(Decision::eventClass).toList();
    }

    @Transactional(TxType.MANDATORY)
    public void take(UUID eventId, IntegrationEvent event) {
        var entry = policy.entryOf(event, directory);
        keeping.learn(event);
        entry.ifPresent(decided -> appender.append(eventId, decided));
    }
}
