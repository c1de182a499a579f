package org.accord.platform.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.accord.platform.module.AccordModule;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while any module's oldest unsent event has waited longer than {@code accord.outbox.max-lag}. */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private final Instance<AccordModule> modules;
    private final OutboxStore store;
    private final OutboxConfig config;

    OutboxReadiness(Instance<AccordModule> modules, OutboxStore store, OutboxConfig config) {
        this.modules = modules;
        this.store = store;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Outbox relay").up();
        Instant now = Instant.now();
        for (AccordModule module : modules) {
            OutboxBacklog backlog = store.backlog(module.name());
            Duration lag = backlog.lag(now);
            response.withData(module.name() + ".pending", backlog.pending())
                    .withData(module.name() + ".lagSeconds", lag.toSeconds());
            if (lag.compareTo(config.maxLag()) > 0) {
                response.down();
            }
        }
        return response.build();
    }
}
