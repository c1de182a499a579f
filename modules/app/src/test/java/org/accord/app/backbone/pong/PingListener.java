package org.accord.app.backbone.pong;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PessimisticLockException;

import org.accord.app.backbone.ping.PingSent;
import org.accord.platform.consumer.EventConsumer;
import org.accord.platform.consumer.EventHandlers;
import org.accord.platform.consumer.EventSubscriber;
import org.accord.platform.events.PoisonEventException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Records every ping it hears of, and counts every time it is handed one. Pings whose text starts with
 * {@code flaky:<n>:} fail with a lock conflict the first {@code n} times; pings starting with {@code poison:} are
 * declared poison while {@link #refusePoison} is set, as a handler with a bug would until it is fixed; a ping starting
 * with {@code hold:} keeps the handler waiting the first time, until the test {@linkplain #release releases} it.
 */
@ApplicationScoped
public class PingListener extends EventSubscriber {

    public static volatile boolean refusePoison = true;
    private static final Map<String, Integer> ATTEMPTS = new ConcurrentHashMap<>();
    private static final Semaphore HOLDING = new Semaphore(0);
    private static final Semaphore RELEASED = new Semaphore(0);

    PingListener(EventConsumer consumer, EntityManager entityManager) {
        super(consumer, EventHandlers.of(PongModule.NAME).on(PingSent.class, ping -> hear(entityManager, ping)));
    }

    @Incoming("pong-from-ping")
    public CompletionStage<Void> on(Message<List<String>> batch) {
        return consume(batch);
    }

    /** How often the handler has been handed a ping so far, including attempts that failed or were rolled back. */
    public static int attemptsOf(String pingId) {
        return ATTEMPTS.getOrDefault(pingId, 0);
    }

    /** Waits until a {@code hold:} ping keeps the handler waiting. */
    public static boolean awaitHolding(Duration timeout) throws InterruptedException {
        return HOLDING.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static void release() {
        RELEASED.release();
    }

    private static void hear(EntityManager entityManager, PingSent ping) {
        int attempt = ATTEMPTS.merge(ping.pingId(), 1, Integer::sum);
        if (ping.text().startsWith("flaky:") && attempt <= Integer.parseInt(ping.text().split(":")[1])) {
            throw new PessimisticLockException("simulated lock conflict");
        }
        if (ping.text().startsWith("hold:") && attempt == 1) {
            HOLDING.release();
            try {
                RELEASED.tryAcquire(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (refusePoison && ping.text().startsWith("poison:")) {
            throw new PoisonEventException("pong cannot read " + ping.pingId());
        }
        PingHeard heard = new PingHeard();
        heard.pingId = ping.pingId();
        heard.text = ping.text();
        heard.heardAt = Instant.now();
        entityManager.persist(heard);
    }
}
