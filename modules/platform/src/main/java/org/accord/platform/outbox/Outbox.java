package org.accord.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.platform.events.EventJson;
import org.accord.platform.events.EventTypes;
import org.accord.platform.events.IntegrationEvent;
import org.accord.platform.module.ModuleName;

/**
 * The one way to publish an integration event: it is written to the module's outbox table in the caller's transaction,
 * so it is sent if and only if the business change commits. The relay sends it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxStore store;
    private final EventJson json;
    private final Event<OutboxAppended> appended;

    Outbox(OutboxStore store, EventJson json, Event<OutboxAppended> appended) {
        this.store = store;
        this.json = json;
        this.appended = appended;
    }

    @Transactional(TxType.MANDATORY)
    public UUID append(ModuleName module, IntegrationEvent event) {
        if (event.subject() == null || event.subject().isBlank()) {
            throw new IllegalArgumentException("Event " + event.getClass().getSimpleName() + " has no subject");
        }
        String type = EventTypes.of(event.getClass());
        if (!EventTypes.module(type).equals(module.value())) {
            throw new IllegalArgumentException("Event type " + type + " does not belong to module " + module);
        }
        var message = new OutboxMessage(0, UUID.randomUUID(), type, event.subject(), EventTypes.version(type),
                json.write(event), Instant.now());
        store.insert(module, message);
        appended.fire(new OutboxAppended(module));
        return message.eventId();
    }
}
