package org.accord.platform.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.accord.platform.events.EventJson;
import org.accord.platform.events.PoisonEventException;
import org.accord.platform.events.ReceivedEvent;
import org.accord.platform.inbox.Inbox;
import org.accord.platform.module.ModuleName;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * The one way a module consumes another module's events. Each message is decoded, looked up by its type and applied in
 * a transaction of its own together with the inbox entry that makes redelivery harmless. A failed attempt is retried
 * with growing pauses while the channel waits, so events keep their order; only a record that can never be applied (not
 * a CloudEvent, unreadable data, or declared poison by its handler) becomes a dead letter. Events of types the module
 * does not handle are skipped.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    /** How a delivery ended. */
    enum Outcome {
        APPLIED, ALREADY_APPLIED, SKIPPED, DEAD_LETTER, STOPPED
    }

    private final Inbox inbox;
    private final EventJson json;
    private final DeadLetters deadLetters;
    private final EventConsumerConfig config;
    private final MeterRegistry registry;
    private final ExecutorService workers = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("accord-consumer-", 0).daemon().factory());
    private final Set<String> skippedTypes = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> stalledSince = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    EventConsumer(Inbox inbox, EventJson json, DeadLetters deadLetters, EventConsumerConfig config,
            MeterRegistry registry) {
        this.inbox = inbox;
        this.json = json;
        this.deadLetters = deadLetters;
        this.config = config;
        this.registry = registry;
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @PreDestroy
    void stopWorkers() {
        stopping = true;
        workers.shutdownNow();
    }

    /** The channels of this instance whose current record keeps failing, with the time of its first failure. */
    public Map<String, Instant> stalledChannels() {
        return Map.copyOf(stalledSince);
    }

    /**
     * Delivers one message from an {@code @Incoming} method. The returned stage completes once the message is settled;
     * the channel hands over its next message only then. A delivery interrupted by shutdown is never acknowledged, so
     * the record comes again after a restart.
     */
    public CompletionStage<Void> consume(Message<String> message, EventHandlers handlers) {
        @SuppressWarnings("unchecked")
        IncomingKafkaRecordMetadata<String, String> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalArgumentException("Not a message from a Kafka channel"));
        CompletableFuture<Void> settled = new CompletableFuture<>();
        try {
            workers.execute(() -> settle(message, metadata, handlers, settled));
        } catch (RejectedExecutionException stopped) {
            // The application is stopping: the record stays unacknowledged and comes again after the restart.
        }
        return settled;
    }

    private void settle(Message<String> message, IncomingKafkaRecordMetadata<String, String> metadata,
            EventHandlers handlers, CompletableFuture<Void> settled) {
        try {
            Tried tried = deliver(metadata.getChannel(), metadata.getRecord(), handlers);
            switch (tried.outcome()) {
                case DEAD_LETTER -> message.nack(tried.poison())
                        .whenComplete((done, failure) -> moveOn(settled, failure, handlers.consumer()));
                case STOPPED -> {
                    // Neither acknowledged nor refused: the record is delivered again after the restart.
                }
                default -> message.ack()
                        .whenComplete((done, failure) -> moveOn(settled, failure, handlers.consumer()));
            }
        } catch (Throwable unexpected) {
            // Neither acknowledged nor refused: the channel waits here, and readiness reports it, until a restart.
            LOG.errorf(unexpected, "%s could not settle the record at %s/%d@%d", handlers.consumer(),
                    metadata.getTopic(), metadata.getPartition(), metadata.getOffset());
            stalledSince.putIfAbsent(metadata.getChannel(), Instant.now());
        }
    }

    private Tried deliver(String channel, ConsumerRecord<String, String> record, EventHandlers handlers) {
        ModuleName consumer = handlers.consumer();
        ReceivedEvent event;
        try {
            event = ReceivedEvent.from(record);
        } catch (PoisonEventException poison) {
            return deadLetter(consumer, channel, record, null, poison);
        }
        Optional<EventHandlers.Handler<?>> handler = handlers.forType(event.type());
        if (handler.isEmpty() && handlers.handlesAnotherVersionOf(event.type())) {
            // Skipping it would lose an event the module needs: the channel waits for code that can read it.
            return retrying(consumer, channel, "read event " + event.id(), () -> {
                throw new IllegalStateException(consumer + " cannot read " + event.type() + " yet, only another"
                        + " version of it; the event waits for an instance that can");
            });
        }
        if (handler.isEmpty()) {
            if (skippedTypes.add(consumer + " " + event.type())) {
                LOG.infof("%s skips events of type %s: it has no handler for them", consumer, event.type());
            }
            return new Tried(Outcome.SKIPPED, null);
        }
        Tried tried = retrying(consumer, channel, "apply event " + event.id() + " (" + event.type() + ")",
                () -> applyOnce(consumer, event, handler.get()));
        return tried.outcome() == Outcome.DEAD_LETTER
                ? deadLetter(consumer, channel, record, event, tried.poison())
                : tried;
    }

    /**
     * Applies a received event in a transaction of its own, unless the module's inbox shows it was applied before.
     * Declared poison passes through; every other failure rolls the transaction back and is thrown.
     */
    Outcome applyOnce(ModuleName consumer, ReceivedEvent event, EventHandlers.Handler<?> handler) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.firstDelivery(consumer, event)) {
                return Outcome.ALREADY_APPLIED;
            }
            handler.apply(json.read(event, handler.eventClass()));
            return Outcome.APPLIED;
        });
    }

    private Tried deadLetter(ModuleName consumer, String channel, ConsumerRecord<String, String> record,
            ReceivedEvent event, PoisonEventException poison) {
        LOG.errorf("%s cannot apply the record at %s/%d@%d and keeps it as a dead letter: %s", consumer,
                record.topic(), record.partition(), record.offset(), poison.getMessage());
        Tried kept = retrying(consumer, channel, "keep a dead letter", () -> {
            deadLetters.record(consumer.value(), channel, record, event == null ? null : event.id(),
                    event == null ? null : event.type(), poison.getMessage());
            return Outcome.DEAD_LETTER;
        });
        return kept.outcome() == Outcome.STOPPED ? kept : new Tried(Outcome.DEAD_LETTER, poison);
    }

    private record Tried(Outcome outcome, PoisonEventException poison) {
    }

    /**
     * Runs {@code attempt} until it succeeds, is declared poison or the application stops, pausing longer after each
     * failure.
     */
    private Tried retrying(ModuleName consumer, String channel, String what, Supplier<Outcome> attempt) {
        Duration pause = config.initialBackoff();
        for (int failures = 0;; failures++) {
            if (stopping) {
                return new Tried(Outcome.STOPPED, null);
            }
            try {
                Tried tried = new Tried(attempt.get(), null);
                stalledSince.remove(channel);
                return tried;
            } catch (Throwable failure) {
                PoisonEventException poison = Failures.poison(failure);
                if (poison != null) {
                    stalledSince.remove(channel);
                    return new Tried(Outcome.DEAD_LETTER, poison);
                }
                stalledSince.putIfAbsent(channel, Instant.now());
                registry.counter("accord.consumer.retries", "consumer", consumer.value()).increment();
                if (Failures.isTransient(failure)) {
                    LOG.warnf("%s could not %s (try %d), retrying in %s: %s", consumer, what, failures + 1, pause,
                            Failures.describe(failure));
                } else {
                    LOG.errorf(failure, "%s could not %s (try %d), retrying in %s; the channel waits until it"
                            + " succeeds", consumer, what, failures + 1, pause);
                }
                if (!pause(pause)) {
                    return new Tried(Outcome.STOPPED, null);
                }
                pause = pause.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                        ? config.maxBackoff()
                        : pause.multipliedBy(2);
            }
        }
    }

    private boolean pause(Duration pause) {
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The channel always moves on: what matters is already in the database (the effect, or the dead letter). */
    private static void moveOn(CompletableFuture<Void> settled, Throwable failure, ModuleName consumer) {
        if (failure != null) {
            LOG.warnf(failure, "%s: the broker did not take the settlement of a record", consumer);
        }
        settled.complete(null);
    }
}
