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

/** Outbox backlog per module as Prometheus gauges, read from the table when scraped. */
@ApplicationScoped
public class OutboxMetrics {

    void register(@Observes StartupEvent startup, MeterRegistry registry, Instance<AccordModule> modules,
            OutboxStore store) {
        for (AccordModule module : modules) {
            ModuleName name = module.name();
            Gauge.builder("accord.outbox.pending", () -> store.backlog(name).pending())
                    .description("Events written to the outbox and not yet acknowledged by Kafka")
                    .tag("module", name.value())
                    .register(registry);
            Gauge.builder("accord.outbox.lag.seconds", () -> store.backlog(name).lag(Instant.now()).toMillis() / 1000.0)
                    .description("Age of the oldest event not yet acknowledged by Kafka")
                    .tag("module", name.value())
                    .baseUnit("seconds")
                    .register(registry);
        }
    }
}
