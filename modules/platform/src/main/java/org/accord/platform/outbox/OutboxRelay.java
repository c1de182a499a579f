package org.accord.platform.outbox;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;

import org.accord.platform.events.CloudEventHeaders;
import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends the rows of every module's outbox to Kafka. A batch is claimed in a short transaction of its own, sent with no
 * transaction open, and marked sent only once the broker acknowledged each record; what failed is released and sent
 * again later. Several application instances may relay the same outboxes at once.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "accord-outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final Instance<AccordModule> modules;
    private final OutboxStore store;
    private final OutboxConfig config;
    private final String relayerId = "relay-" + UUID.randomUUID();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("accord-outbox-relay").daemon().factory());
    private final ReentrantLock draining = new ReentrantLock();
    private final Set<ModuleName> toDrain = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    OutboxRelay(
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) MutinyEmitter<String> emitter,
            Instance<AccordModule> modules, OutboxStore store, OutboxConfig config) {
        this.emitter = emitter;
        this.modules = modules;
        this.store = store;
        this.config = config;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        requestDrain(List.of(appended.module()));
    }

    @Scheduled(every = "${accord.outbox.poll-interval:1s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
        List<Uni<String>> outcomes = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            outcomes.add(emitter.sendMessage(toKafkaMessage(module, message)).onItemOrFailure()
                    .transform((ignored, failure) -> failure == null ? null : String.valueOf(failure.getMessage())));
        }
        List<String> failures = awaitAll(outcomes);
        List<Long> acknowledged = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        String firstFailure = null;
        for (int i = 0; i < batch.size(); i++) {
            if (failures.get(i) == null) {
                acknowledged.add(batch.get(i).sequence());
            } else {
                failed.add(batch.get(i).sequence());
                firstFailure = firstFailure == null ? failures.get(i) : firstFailure;
            }
        }
        String error = firstFailure;
        QuarkusTransaction.requiringNew().run(() -> {
            store.markSent(module, relayer, acknowledged);
            store.release(module, relayer, failed, error);
        });
        if (!failed.isEmpty()) {
            LOG.warnf("Outbox %s: %d of %d events not acknowledged by Kafka, will retry: %s", module, failed.size(),
                    batch.size(), error);
        }
        return acknowledged.size();
    }

    private List<String> awaitAll(List<Uni<String>> outcomes) {
        Duration timeout = config.sendTimeout();
        try {
            return Uni.join().all(outcomes).andCollectFailures().await().atMost(timeout);
        } catch (RuntimeException e) {
            String reason = "no acknowledgement within " + timeout + ": " + e.getMessage();
            return outcomes.stream().map(ignored -> reason).toList();
        }
    }

    private static Message<String> toKafkaMessage(ModuleName module, OutboxMessage message) {
        var cloudEvent = OutgoingCloudEventMetadata.<String> builder()
                .withId(message.eventId().toString())
                .withType(message.eventType())
                .withSource(URI.create(module.eventSource()))
                .withSubject(message.subject())
                .withTimestamp(message.occurredAt().atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension(CloudEventHeaders.SCHEMA_VERSION_EXTENSION, message.schemaVersion())
                .build();
        var kafkaRecord = OutgoingKafkaRecordMetadata.<String> builder()
                .withTopic(module.topic())
                .withKey(message.subject())
                .build();
        return Message.of(message.payload()).addMetadata(cloudEvent).addMetadata(kafkaRecord);
    }
}
