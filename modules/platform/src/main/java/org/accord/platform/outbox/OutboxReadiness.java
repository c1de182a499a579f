package org.accord.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.accord.platform.module.AccordModule;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while any module's oldest pending event has waited longer than {@code accord.outbox.max-lag}: the relay
 * cannot reach the broker or does not keep up, which concerns every instance. Parked events, and the events of their
 * subjects held behind them, are reported with their subjects but do not make the instance not ready: they wait for an
 * administrator, whichever instance serves the traffic.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private static final int SUBJECTS_SHOWN = 10;

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
            if (backlog.parked() > 0) {
                List<String> subjects = store.parked(module.name()).stream().map(ParkedEvent::subject).distinct()
                        .limit(SUBJECTS_SHOWN).toList();
                response.withData(module.name() + ".parked", backlog.parked())
                        .withData(module.name() + ".held", backlog.held())
                        .withData(module.name() + ".blockedSubjects", String.join(",", subjects));
            }
            if (lag.compareTo(config.maxLag()) > 0) {
                response.down();
            }
        }
        return response.build();
    }
}
