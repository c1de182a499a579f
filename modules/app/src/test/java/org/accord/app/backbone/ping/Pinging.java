package org.accord.app.backbone.ping;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.accord.platform.outbox.Outbox;

/** The producer's use case: store a ping and publish PingSent in the same transaction. */
@ApplicationScoped
public class Pinging {

    private final EntityManager entityManager;
    private final Outbox outbox;

    Pinging(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Transactional
    public String send(String text) {
        Ping ping = new Ping();
        ping.id = UUID.randomUUID().toString();
        ping.text = text;
        ping.createdAt = Instant.now();
        entityManager.persist(ping);
        outbox.append(PingModule.NAME, new PingSent(ping.id, text));
        return ping.id;
    }

    @Transactional
    public void sendMany(String prefix, int count) {
        for (int i = 0; i < count; i++) {
            send(prefix + i);
        }
    }

    /** Stores and publishes like {@link #send}, then fails, so the transaction rolls back. */
    @Transactional
    public void sendAndFail(String text) {
        send(text);
        throw new IllegalStateException("business rule broken after publishing");
    }
}
