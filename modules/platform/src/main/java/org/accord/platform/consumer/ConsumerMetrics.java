package org.accord.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/** Consumer lag per group and dead letters waiting per consuming module, as Prometheus gauges. */
@ApplicationScoped
public class ConsumerMetrics {

    void register(@Observes StartupEvent startup, MeterRegistry registry, Instance<EventSubscriber> subscribers,
            DeadLetters deadLetters, ConsumerLag lag) {
        for (EventSubscriber subscriber : subscribers) {
            String consumer = subscriber.handlers().consumer().value();
            Gauge.builder("accord.consumer.dead.letters", () -> deadLetters.pending(consumer))
                    .description("Records this module could not apply, waiting for a replay")
                    .tag("consumer", consumer)
                    .register(registry);
        }
        for (String group : lag.groupNames()) {
            Gauge.builder("accord.consumer.lag", () -> lag.lagOf(group))
                    .description("Records on the group's topic that it has not processed yet")
                    .tag("group", group)
                    .register(registry);
        }
    }
}
