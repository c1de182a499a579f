package org.accord.app.backbone.pong;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

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
 * Records every ping it hears of. Pings whose text starts with {@code flaky:<n>:} fail with a lock conflict the first
 * {@code n} times; pings starting with {@code poison:} are declared poison while {@link #refusePoison} is set, as a
 * handler with a bug would until it is fixed.
 */
@ApplicationScoped
public class PingListener extends EventSubscriber {

    public static volatile boolean refusePoison = true;
    private static final Map<String, Integer> ATTEMPTS = new ConcurrentHashMap<>();

    PingListener(EventConsumer consumer, EntityManager entityManager) {
        super(consumer, EventHandlers.of(PongModule.NAME).on(PingSent.class, ping -> hear(entityManager, ping)));
    }

    @Incoming("pong-from-ping")
    public CompletionStage<Void> on(Message<String> message) {
        return consume(message);
    }

    /** How often a flaky ping has been tried so far. */
    public static int attemptsOf(String pingId) {
        return ATTEMPTS.getOrDefault(pingId, 0);
    }

    private static void hear(EntityManager entityManager, PingSent ping) {
        if (ping.text().startsWith("flaky:")) {
            int failing = Integer.parseInt(ping.text().split(":")[1]);
            if (ATTEMPTS.merge(ping.pingId(), 1, Integer::sum) <= failing) {
                throw new PessimisticLockException("simulated lock conflict");
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
