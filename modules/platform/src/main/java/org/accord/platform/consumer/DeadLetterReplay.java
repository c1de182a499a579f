package org.accord.platform.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.events.PoisonEventException;
import org.accord.platform.events.ReceivedEvent;
import org.accord.platform.i18n.Text;

/**
 * Delivers a dead letter again to the module that could not apply it, once the cause is fixed. The module's inbox makes
 * a replay harmless when the event was applied after all.
 */
@ApplicationScoped
public class DeadLetterReplay {

    /** What a replay did; {@code settled} letters are closed and not replayed again. */
    public record Replayed(UUID id, String consumer, String eventType, boolean settled, String outcome) {
    }

    private final DeadLetters letters;
    private final EventConsumer consumer;
    private final Instance<EventSubscriber> subscribers;

    DeadLetterReplay(DeadLetters letters, EventConsumer consumer, Instance<EventSubscriber> subscribers) {
        this.letters = letters;
        this.consumer = consumer;
        this.subscribers = subscribers;
    }

    /** Replays every letter that waits for it, oldest first; each outcome is reported, failures included. */
    public List<Replayed> replayPending(String by) {
        List<Replayed> outcomes = new ArrayList<>();
        for (DeadLetter letter : letters.list(true)) {
            try {
                outcomes.add(replay(letter.id(), by));
            } catch (RuleViolation refused) {
                outcomes.add(new Replayed(letter.id(), letter.consumer(), letter.eventType(), false,
                        refused.getMessage()));
            }
        }
        return outcomes;
    }

    public Replayed replay(UUID id, String by) {
        DeadLetter letter = letters.find(id)
                .orElseThrow(() -> RuleViolation.notFound(Text.of("platform.no_dead_letter", id)));
        if (letter.replayedAt() != null) {
            return replayed(letter, true, letter.outcome());
        }
        EventHandlers handlers = subscribers.stream().map(EventSubscriber::handlers)
                .filter(candidate -> candidate.consumer().value().equals(letter.consumer())).findFirst()
                .orElseThrow(() -> RuleViolation.conflict(null, Text.of("platform.no_consumer", letter.consumer())));
        try {
            ReceivedEvent event = ReceivedEvent.from(letter.record());
            Optional<EventHandlers.Handler<?>> handler = handlers.forType(event.type());
            if (handler.isEmpty()) {
                return settle(letter, by, "skipped: " + letter.consumer() + " no longer handles " + event.type());
            }
            EventConsumer.Outcome outcome = consumer.applyOnce(handlers.consumer(), event, handler.get());
            return settle(letter, by, outcome == EventConsumer.Outcome.APPLIED ? "applied" : "already applied");
        } catch (RuntimeException failure) {
            PoisonEventException poison = Failures.poison(failure);
            String reason = poison == null ? Failures.describe(failure) : poison.getMessage();
            letters.replayed(letter.id(), by, false, "failed: " + reason);
            throw poison == null
                    ? RuleViolation.unavailable(Text.of("platform.replay_unavailable", reason))
                    : RuleViolation.conflict(null, Text.of("platform.replay_poison", reason));
        }
    }

    private Replayed settle(DeadLetter letter, String by, String outcome) {
        letters.replayed(letter.id(), by, true, outcome);
        return replayed(letter, true, outcome);
    }

    private static Replayed replayed(DeadLetter letter, boolean settled, String outcome) {
        return new Replayed(letter.id(), letter.consumer(), letter.eventType(), settled, outcome);
    }
}
