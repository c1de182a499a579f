package org.accord.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.platform.events.ClaimCheck;
import org.accord.platform.events.ClaimChecks;
import org.accord.platform.events.EventJson;
import org.accord.platform.events.EventTypes;
import org.accord.platform.events.IntegrationEvent;
import org.accord.platform.module.ModuleName;
import org.accord.platform.tracing.EventTracing;

/**
 * The one way to publish an integration event: it is written to the module's outbox table in the caller's transaction,
 * so it is sent if and only if the business change commits. The relay sends it afterwards. An event larger than
 * {@code accord.outbox.claim-check-threshold} is sent by claim check: its content is kept in the same transaction and
 * the event carries a {@link ClaimCheck} instead. The row keeps the trace context of the caller, which the relay
 * continues (ADR 0031).
 */
@ApplicationScoped
public class Outbox {

    private final OutboxStore store;
    private final EventJson json;
    private final ClaimChecks claimChecks;
    private final OutboxConfig config;
    private final Event<OutboxAppended> appended;
    private final EventTracing tracing;

    Outbox(OutboxStore store, EventJson json, ClaimChecks claimChecks, OutboxConfig config,
            Event<OutboxAppended> appended, EventTracing tracing) {
        this.store = store;
        this.json = json;
        this.claimChecks = claimChecks;
        this.config = config;
        this.appended = appended;
        this.tracing = tracing;
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
        String payload = json.write(event);
        UUID claimCheck = null;
        if (tooLargeToTravel(payload)) {
            ClaimCheck check = claimChecks.store(payload);
            payload = json.write(check);
            claimCheck = check.id();
        }
        var message = new OutboxMessage(0, UUID.randomUUID(), type, event.subject(), EventTypes.version(type), payload,
                Instant.now(), claimCheck, tracing.current().orElse(null));
        store.insert(module, message);
        appended.fire(new OutboxAppended(module));
        return message.eventId();
    }

    private boolean tooLargeToTravel(String payload) {
        int threshold = config.claimCheckThreshold();
        // A UTF-16 unit is at most 3 UTF-8 bytes, so most events are measured without encoding them.
        return (long) payload.length() * 3 > threshold && payload.getBytes(StandardCharsets.UTF_8).length > threshold;
    }
}
