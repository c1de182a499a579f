package org.accord.platform.consumer;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while a consumer group has lag and has not moved on for {@code accord.consumer.max-stall}. */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    private final ConsumerLag lag;
    private final EventConsumerConfig config;

    ConsumerReadiness(ConsumerLag lag, EventConsumerConfig config) {
        this.lag = lag;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Event consumers").up();
        Instant limit = Instant.now().minus(config.maxStall());
        for (ConsumerLag.GroupLag group : lag.groups()) {
            response.withData(group.group() + ".lag", group.lag());
            if (group.stalledSince(limit)) {
                response.withData(group.group() + ".stalledSince", group.movedAt().toString()).down();
            }
        }
        return response.build();
    }
}
