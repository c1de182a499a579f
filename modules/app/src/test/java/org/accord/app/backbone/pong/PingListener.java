package org.accord.app.backbone.pong;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.accord.app.backbone.ping.PingSent;
import org.accord.platform.events.EventJson;
import org.accord.platform.events.ReceivedEvent;
import org.accord.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class PingListener {

    private final Inbox inbox;
    private final EventJson json;
    private final EntityManager entityManager;

    PingListener(Inbox inbox, EventJson json, EntityManager entityManager) {
        this.inbox = inbox;
        this.json = json;
        this.entityManager = entityManager;
    }

    @Incoming("pong-from-ping")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(PongModule.NAME, event)) {
            return;
        }
        PingSent ping = json.read(event, PingSent.class);
        PingHeard heard = new PingHeard();
        heard.pingId = ping.pingId();
        heard.text = ping.text();
        heard.heardAt = Instant.now();
        entityManager.persist(heard);
    }
}
