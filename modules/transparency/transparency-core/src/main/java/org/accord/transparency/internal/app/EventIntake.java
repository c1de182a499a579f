package org.accord.transparency.internal.app;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.platform.events.IntegrationEvent;
import org.accord.transparency.internal.persistence.DirectoryRows;
import org.accord.transparency.internal.persistence.HeldEvents;
import org.accord.transparency.internal.persistence.LogSizeRow;
import org.accord.transparency.internal.policy.Decision;
import org.accord.transparency.internal.policy.PublicationPolicy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Takes every event of the modules the log reads: the publication policy decides what, if anything, the log records of
 * it, from the event and what the directory knew before it; then the directory learns from the event. An event that
 * needs what the directory has not learnt yet (it comes on another topic, read independently) waits until it has, and
 * is then taken in the order it came. Runs in the consumer's transaction, once per event, with the entry's append.
 * <p>
 * Each event is taken under the lock on the log's size, which every append takes anyway: one event at a time across all
 * topics and instances. Otherwise an admission and a move heard at once on two topics could each miss the other (the
 * move held because the admission is not committed yet, the admission releasing nothing because the hold is not
 * either), and the move would wait for good.
 */
@ApplicationScoped
public class EventIntake {

    private final PublicationPolicy policy = new PublicationPolicy();
    private final Map<String, Class<? extends IntegrationEvent>> eventClassesByName;
    private final LogSizeRow logSize;
    private final DirectoryRows directory;
    private final DirectoryKeeping keeping;
    private final HeldEvents held;
    private final LogAppender appender;
    private final ObjectMapper mapper;

    EventIntake(LogSizeRow logSize, DirectoryRows directory, DirectoryKeeping keeping, HeldEvents held,
            LogAppender appender, ObjectMapper mapper) {
        this.logSize = logSize;
        this.directory = directory;
        this.keeping = keeping;
        this.held = held;
        this.appender = appender;
        this.mapper = mapper;
        this.eventClassesByName = eventClasses().stream().map(eventClass -> eventClass
                .asSubclass(IntegrationEvent.class)).collect(Collectors.toMap(Class::getName, Function.identity()));
    }

    /** Every event class the policy has decided on: all those of the modules the log reads. */
    public List<Class<?>> eventClasses() {
        return policy.decisions().stream().<Class<?>> map(Decision::eventClass).toList();
    }

    @Transactional(TxType.MANDATORY)
    public void take(UUID eventId, IntegrationEvent event) {
        logSize.lock();
        decide(eventId, event);
    }

    private void decide(UUID eventId, IntegrationEvent event) {
        var unmet = Prerequisites.unmet(event, directory);
        if (unmet.isPresent()) {
            held.hold(eventId, unmet.get(), event.getClass().getName(), json(event));
            return;
        }
        var entry = policy.entryOf(event, directory);
        keeping.learn(event);
        entry.ifPresent(decided -> appender.append(eventId, decided));
        Prerequisites.madeKnownBy(event).ifPresent(known -> held.release(known)
                .forEach(waiting -> decide(waiting.eventId(), event(waiting))));
    }

    private String json(IntegrationEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot hold event " + event.getClass().getName(), e);
        }
    }

    private IntegrationEvent event(HeldEvents.Held waiting) {
        try {
            return mapper.readValue(waiting.payload(), eventClassesByName.get(waiting.eventType()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read held event " + waiting.eventId(), e);
        }
    }
}
