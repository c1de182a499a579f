package org.accord.platform.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.accord.platform.tracing.EventTracing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * The one way a module consumes another module's events. The records of one poll arrive together and are applied in one
 * transaction, each with the inbox entry that makes its redelivery harmless; the batch is acknowledged only after that
 * commit. When the batch cannot be applied together, its records are delivered one by one in their order, each in a
 * transaction of its own: a failed attempt is retried with growing pauses while the channel waits, so events keep their
 * order, and only a record that can never be applied (not a CloudEvent, unreadable data, or declared poison by its
 * handler) becomes a dead letter. Events of types the module does not handle are skipped. Each attempt to apply an
 * event runs in a span of its own that continues the trace the event was sent in (ADR 0031).
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
    private final EventTracing tracing;
    private final ExecutorService workers = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("accord-consumer-", 0).daemon().factory());
    private final Set<String> skippedTypes = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> stalledSince = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    EventConsumer(Inbox inbox, EventJson json, DeadLetters deadLetters, EventConsumerConfig config,
            MeterRegistry registry, EventTracing tracing) {
        this.inbox = inbox;
        this.json = json;
        this.deadLetters = deadLetters;
        this.config = config;
        this.registry = registry;
        this.tracing = tracing;
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
     * Delivers the records of one poll from an {@code @Incoming} method of a batch channel. The returned stage
     * completes once every record is settled; the channel hands over its next batch only then. A batch interrupted by
     * shutdown is never acknowledged, so its records come again after a restart.
     */
    public CompletionStage<Void> consume(Message<List<String>> batch, EventHandlers handlers) {
        @SuppressWarnings("unchecked")
        IncomingKafkaRecordBatchMetadata<String, String> metadata = batch
                .getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .orElseThrow(() -> new IllegalArgumentException("Not a batch from a Kafka channel"));
        CompletableFuture<Void> settled = new CompletableFuture<>();
        try {
            workers.execute(() -> settle(batch, metadata, handlers, settled));
        } catch (RejectedExecutionException stopped) {
            // The application is stopping: the batch stays unacknowledged and comes again after the restart.
        }
        return settled;
    }

    private void settle(Message<List<String>> batch, IncomingKafkaRecordBatchMetadata<String, String> metadata,
            EventHandlers handlers, CompletableFuture<Void> settled) {
        String channel = metadata.getChannel();
        try {
            List<CompletableFuture<Void>> refused = new ArrayList<>();
            if (!applyTogether(channel, metadata.getBatchedMessages(), handlers)) {
                for (Message<?> message : metadata.getBatchedMessages()) {
                    ConsumerRecord<String, String> record = recordOf(message);
                    Tried tried = deliver(channel, record, handlers);
                    if (tried.outcome() == Outcome.STOPPED) {
                        // Neither acknowledged nor refused: the batch is delivered again after the restart.
                        return;
                    }
                    if (tried.outcome() == Outcome.DEAD_LETTER) {
                        refused.add(message.nack(tried.poison()).toCompletableFuture()
                                .exceptionally(failure -> notTaken(failure, handlers.consumer(), record)));
                    }
                }
            }
            CompletableFuture.allOf(refused.toArray(CompletableFuture[]::new))
                    .thenCompose(refusedAll -> batch.ack())
                    .whenComplete((done, failure) -> moveOn(settled, failure, handlers.consumer()));
        } catch (Throwable unexpected) {
            // Neither acknowledged nor refused: the channel waits here, and readiness reports it, until a restart.
            LOG.errorf(unexpected, "%s could not settle a batch of %d records from %s", handlers.consumer(),
                    metadata.getBatchedMessages().size(), channel);
            stalledSince.putIfAbsent(channel, Instant.now());
        }
    }

    /**
     * Applies every record of the batch in one transaction, each unless the module's inbox shows it was applied before.
     *
     * @return false, with nothing applied, when a record needs to be delivered on its own: it is no event, waits for
     *         another version, or the transaction failed
     */
    private boolean applyTogether(String channel, List<Message<?>> messages, EventHandlers handlers) {
        ModuleName consumer = handlers.consumer();
        List<Applicable> applicable = new ArrayList<>();
        for (Message<?> message : messages) {
            ConsumerRecord<String, String> record = recordOf(message);
            ReceivedEvent event;
            try {
                event = ReceivedEvent.from(record);
            } catch (PoisonEventException poison) {
                return false;
            }
            if (waitsForAnotherVersion(handlers, event)) {
                return false;
            }
            handlerOf(handlers, event).ifPresent(handler -> applicable.add(new Applicable(record, event, handler)));
        }
        if (applicable.isEmpty()) {
            return true;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applicable.forEach(next -> tracing.process(consumer,
                    next.record(), next.event(), () -> applyIfFirst(consumer, next.event(), next.handler()))));
            return true;
        } catch (Throwable failure) {
            registry.counter("accord.consumer.batch.fallbacks", "consumer", consumer.value()).increment();
            LOG.debugf("%s could not apply a batch of %d events from %s together and applies them one by one: %s",
                    consumer, applicable.size(), channel, Failures.describe(failure));
            return false;
        }
    }

    private record Applicable(ConsumerRecord<String, String> record, ReceivedEvent event,
            EventHandlers.Handler<?> handler) {
    }

    private Tried deliver(String channel, ConsumerRecord<String, String> record, EventHandlers handlers) {
        ModuleName consumer = handlers.consumer();
        ReceivedEvent event;
        try {
            event = ReceivedEvent.from(record);
        } catch (PoisonEventException poison) {
            return deadLetter(consumer, channel, record, null, poison);
        }
        if (waitsForAnotherVersion(handlers, event)) {
            return retrying(consumer, channel, "read event " + event.id(), () -> {
                throw new IllegalStateException(consumer + " cannot read " + event.type() + " yet, only another"
                        + " version of it; the event waits for an instance that can");
            });
        }
        Optional<EventHandlers.Handler<?>> handler = handlerOf(handlers, event);
        if (handler.isEmpty()) {
            return new Tried(Outcome.SKIPPED, null);
        }
        Tried tried = retrying(consumer, channel, "apply event " + event.id() + " (" + event.type() + ")",
                () -> tracing.process(consumer, record, event, () -> applyOnce(consumer, event, handler.get())));
        return tried.outcome() == Outcome.DEAD_LETTER
                ? deadLetter(consumer, channel, record, event, tried.poison())
                : tried;
    }

    /** Skipping it would lose an event the module needs: the channel waits for code that can read it. */
    private static boolean waitsForAnotherVersion(EventHandlers handlers, ReceivedEvent event) {
        return handlers.forType(event.type()).isEmpty() && handlers.handlesAnotherVersionOf(event.type());
    }

    /** The module's handler of the event, if it has one; a type it does not handle is skipped. */
    private Optional<EventHandlers.Handler<?>> handlerOf(EventHandlers handlers, ReceivedEvent event) {
        Optional<EventHandlers.Handler<?>> handler = handlers.forType(event.type());
        if (handler.isEmpty() && skippedTypes.add(handlers.consumer() + " " + event.type())) {
            LOG.infof("%s skips events of type %s: it has no handler for them", handlers.consumer(), event.type());
        }
        return handler;
    }

    /**
     * Applies a received event in a transaction of its own, unless the module's inbox shows it was applied before.
     * Declared poison passes through; every other failure rolls the transaction back and is thrown.
     */
    Outcome applyOnce(ModuleName consumer, ReceivedEvent event, EventHandlers.Handler<?> handler) {
        return QuarkusTransaction.requiringNew().call(() -> applyIfFirst(consumer, event, handler));
    }

    private Outcome applyIfFirst(ModuleName consumer, ReceivedEvent event, EventHandlers.Handler<?> handler) {
        if (!inbox.firstDelivery(consumer, event)) {
            return Outcome.ALREADY_APPLIED;
        }
        handler.apply(event.id(), json.read(event, handler.eventClass()));
        return Outcome.APPLIED;
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> recordOf(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalArgumentException("Not a record from a Kafka channel"));
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

    private static Void notTaken(Throwable failure, ModuleName consumer, ConsumerRecord<String, String> record) {
        LOG.warnf(failure, "%s: the broker did not take the dead letter at %s/%d@%d", consumer, record.topic(),
                record.partition(), record.offset());
        return null;
    }

    /** The channel always moves on: what matters is already in the database (the effect, or the dead letter). */
    private static void moveOn(CompletableFuture<Void> settled, Throwable failure, ModuleName consumer) {
        if (failure != null) {
            LOG.warnf(failure, "%s: the broker did not take the settlement of a batch", consumer);
        }
        settled.complete(null);
    }
}
