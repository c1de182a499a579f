package org.accord.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;

import org.accord.platform.events.ClaimCheck;
import org.accord.platform.events.CloudEventHeaders;
import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;
import org.accord.platform.tracing.EventTracing;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends the rows of every module's outbox to Kafka. A batch is claimed in a short transaction of its own, sent with no
 * transaction open, and marked sent only once the broker acknowledged each record; what failed is released and sent
 * again after a pause that doubles with each attempt. An event the broker refused {@code accord.outbox.max-attempts}
 * times is parked (logged as an error once) and waits, with the later events of its subject, for an administrator.
 * Several application instances may relay the same outboxes at once. Each event is sent in a span that continues the
 * trace stored with its row and travels with the record (ADR 0031).
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "accord-outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int HEADERS_AND_FRAMING = 4096;

    private final MutinyEmitter<String> emitter;
    private final Instance<AccordModule> modules;
    private final OutboxStore store;
    private final OutboxConfig config;
    private final Event<ParkedEvent> parkedEvents;
    private final EventTracing tracing;
    private final int maxRequestSize;
    private final String relayerId = "relay-" + UUID.randomUUID();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("accord-outbox-relay").daemon().factory());
    private final ReentrantLock draining = new ReentrantLock();
    private final Set<ModuleName> toDrain = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    OutboxRelay(
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) MutinyEmitter<String> emitter,
            Instance<AccordModule> modules, OutboxStore store, OutboxConfig config, Event<ParkedEvent> parkedEvents,
            EventTracing tracing,
            @ConfigProperty(name = "mp.messaging.outgoing." + CHANNEL + ".max.request.size") int maxRequestSize) {
        this.emitter = emitter;
        this.modules = modules;
        this.store = store;
        this.config = config;
        this.parkedEvents = parkedEvents;
        this.tracing = tracing;
        this.maxRequestSize = maxRequestSize;
    }

    /** Names this instance's relay once, so that the {@code claimed_by} of a row leads to the instance that sent it. */
    void onStart(@Observes StartupEvent event) {
        LOG.infof("This instance relays the outboxes as %s", relayerId);
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        requestDrain(List.of(appended.module()));
    }

    // The first poll waits until reactive messaging has surely connected the outbox emitter on a slow, busy machine;
    // until then commits wake the relay themselves.
    @Scheduled(every = "${accord.outbox.poll-interval:1s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        requestDrain(modules.stream().map(AccordModule::name).toList());
    }

    /** Lets the batch in flight be acknowledged and settled, so a stop neither interrupts it nor sends it twice. */
    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        worker.shutdown();
        if (!worker.awaitTermination(config.stopTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            worker.shutdownNow();
            LOG.warnf("Outbox relay still sending after %s; its claimed events are sent again after their lease",
                    config.stopTimeout());
        }
    }

    private void requestDrain(List<ModuleName> names) {
        if (stopping || !config.enabled()) {
            return;
        }
        toDrain.addAll(names);
        try {
            worker.execute(this::drainWhileRequested);
        } catch (RejectedExecutionException e) {
            // stopping: the events stay in the outbox for the next start
        }
    }

    /** Drains the outboxes that were written to since the last pass; a commit wakes only its own module's. */
    private void drainWhileRequested() {
        while (!toDrain.isEmpty() && draining.tryLock()) {
            try {
                while (!toDrain.isEmpty() && !stopping) {
                    for (ModuleName module : List.copyOf(toDrain)) {
                        toDrain.remove(module);
                        drainModule(module);
                    }
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Outbox relay pass failed; the next poll retries");
            } finally {
                draining.unlock();
            }
        }
    }

    private void drainModule(ModuleName module) {
        int sent;
        do {
            sent = relayBatch(module, relayerId);
        } while (sent == config.batchSize() && !stopping);
    }

    /**
     * Claims, sends and settles one batch of the module's outbox as the given relayer.
     *
     * @return how many events the broker acknowledged
     */
    public int relayBatch(ModuleName module, String relayer) {
        List<OutboxMessage> batch = QuarkusTransaction.requiringNew()
                .call(() -> store.claim(module, relayer, config.batchSize(), config.lease()));
        if (batch.isEmpty()) {
            return 0;
        }
        SendOutcomes sent = new SendOutcomes();
        List<OutboxMessage> toSend = new ArrayList<>(batch.size());
        Set<String> stoppedSubjects = new HashSet<>();
        for (OutboxMessage message : batch) {
            if (stoppedSubjects.contains(message.subject())) {
                sent.holdBack(message.sequence());
            } else if (!fitsOneRecord(message)) {
                // Refused here rather than by the producer, so no later record of its subject in this batch overtakes it.
                stoppedSubjects.add(message.subject());
                sent.add(message.sequence(), new RecordTooLargeException("The event is up to " + recordSize(message)
                        + " bytes as a record, more than max.request.size " + maxRequestSize));
            } else {
                toSend.add(message);
            }
        }
        List<Uni<Throwable>> outcomes = new ArrayList<>(toSend.size());
        List<Span> spans = new ArrayList<>(toSend.size());
        for (OutboxMessage message : toSend) {
            Span span = tracing.startSend(module, message.eventId(), message.eventType(), message.subject(),
                    message.trace());
            spans.add(span);
            outcomes.add(emitter.sendMessage(toKafkaMessage(module, message, span)).onItemOrFailure()
                    .transform((ignored, failure) -> failure));
        }
        List<Throwable> failures = outcomes.isEmpty() ? List.of() : awaitAll(outcomes);
        for (int i = 0; i < toSend.size(); i++) {
            sent.add(toSend.get(i).sequence(), failures.get(i));
            EventTracing.end(spans.get(i), failures.get(i));
        }
        OutboxStore.Backoff backoff = new OutboxStore.Backoff(config.initialBackoff(), config.maxBackoff(),
                config.maxAttempts());
        List<ParkedEvent> parked = QuarkusTransaction.requiringNew().call(() -> {
            store.markSent(module, relayer, sent.acknowledged());
            store.unclaim(module, relayer, sent.heldBack());
            store.release(module, relayer, sent.unreached().sequences(), sent.unreached().firstError(), false,
                    backoff);
            return store.release(module, relayer, sent.refused().sequences(), sent.refused().firstError(), true,
                    backoff);
        });
        if (sent.failed() > 0) {
            LOG.warnf("Outbox %s: %d of %d events not acknowledged by Kafka, will retry: %s", module, sent.failed(),
                    batch.size(), sent.firstError());
        }
        parked.forEach(event -> {
            LOG.errorf("Outbox %s parked event %s (%s, subject %s) after %d refusals; %d later events of the subject"
                    + " wait behind it until an administrator retries it: %s", module, event.eventId(),
                    event.eventType(), event.subject(), config.maxAttempts(), event.held(), event.lastError());
            parkedEvents.fire(event);
        });
        return sent.acknowledged().size();
    }

    private List<Throwable> awaitAll(List<Uni<Throwable>> outcomes) {
        Duration timeout = config.sendTimeout();
        try {
            return Uni.join().all(outcomes).andCollectFailures().await().atMost(timeout);
        } catch (RuntimeException e) {
            Throwable late = new TimeoutException("no acknowledgement within " + timeout).initCause(e);
            return outcomes.stream().map(ignored -> late).toList();
        }
    }

    /** Whether the record stays within {@code max.request.size}; short events are not encoded to find out. */
    private boolean fitsOneRecord(OutboxMessage message) {
        long mostBytesPerChar = 3;
        long atMost = (message.payload().length() + 2L * message.subject().length()) * mostBytesPerChar
                + HEADERS_AND_FRAMING;
        return atMost <= maxRequestSize || recordSize(message) <= maxRequestSize;
    }

    /** An upper bound of the record's size as the producer measures it: key, value, CloudEvent headers, framing. */
    private static int recordSize(OutboxMessage message) {
        return utf8Length(message.payload()) + 2 * utf8Length(message.subject()) + HEADERS_AND_FRAMING;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The record of the event, which carries the trace context of the span sending it. */
    private Message<String> toKafkaMessage(ModuleName module, OutboxMessage message, Span sending) {
        var cloudEvent = OutgoingCloudEventMetadata.<String> builder()
                .withId(message.eventId().toString())
                .withType(message.eventType())
                .withSource(URI.create(module.eventSource()))
                .withSubject(message.subject())
                .withTimestamp(message.occurredAt().atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension(CloudEventHeaders.SCHEMA_VERSION_EXTENSION, message.schemaVersion());
        if (message.claimCheck() != null) {
            cloudEvent.withExtension(CloudEventHeaders.DATAREF_EXTENSION, ClaimCheck.dataref(message.claimCheck()));
        }
        tracing.contextOf(sending).ifPresent(trace -> {
            cloudEvent.withExtension(CloudEventHeaders.TRACEPARENT_EXTENSION, trace.traceparent());
            if (trace.tracestate() != null) {
                cloudEvent.withExtension(CloudEventHeaders.TRACESTATE_EXTENSION, trace.tracestate());
            }
        });
        var kafkaRecord = OutgoingKafkaRecordMetadata.<String> builder()
                .withTopic(module.topic())
                .withKey(message.subject())
                .build();
        return Message.of(message.payload()).addMetadata(cloudEvent.build()).addMetadata(kafkaRecord);
    }
}
