package org.accord.platform.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Outbox backlog per module, and parked events per module and event type, as Prometheus gauges read from the tables
 * when scraped. A gauge of parked events appears with the first event of its type parked and stays, at 0 once retried.
 */
@ApplicationScoped
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final OutboxStore store;

    OutboxMetrics(MeterRegistry registry, OutboxStore store) {
        this.registry = registry;
        this.store = store;
    }

    void register(@Observes StartupEvent startup, Instance<AccordModule> modules) {
        for (AccordModule module : modules) {
            ModuleName name = module.name();
            Gauge.builder("accord.outbox.pending", () -> store.backlog(name).pending())
                    .description("Events waiting to be acknowledged by Kafka, neither parked nor held behind one")
                    .tag("module", name.value())
                    .register(registry);
            Gauge.builder("accord.outbox.held", () -> store.backlog(name).held())
                    .description("Events waiting behind a parked event of their subject")
                    .tag("module", name.value())
                    .register(registry);
            Gauge.builder("accord.outbox.lag.seconds", () -> store.backlog(name).lag(Instant.now()).toMillis() / 1000.0)
                    .description("Age of the oldest pending event")
                    .tag("module", name.value())
                    .baseUnit("seconds")
                    .register(registry);
            store.parked(name).forEach(this::watch);
        }
    }

    void watch(@Observes ParkedEvent parked) {
        ModuleName module = new ModuleName(parked.module());
        Gauge.builder("accord.outbox.parked", () -> store.parkedOfType(module, parked.eventType()))
                .description("Events the broker refused accord.outbox.max-attempts times, waiting for a retry")
                .tag("module", parked.module())
                .tag("event_type", parked.eventType())
                .register(registry);
    }
}
