package org.accord.platform.consumer;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Each consumer group's lag, and not ready while a channel of this instance has kept failing one record for longer than
 * {@code accord.consumer.max-stall}: the instance that is stuck reports it, not every instance of the group.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    private final ConsumerLag lag;
    private final EventConsumer consumer;
    private final EventConsumerConfig config;

    ConsumerReadiness(ConsumerLag lag, EventConsumer consumer, EventConsumerConfig config) {
        this.lag = lag;
        this.consumer = consumer;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Event consumers").up();
        for (ConsumerLag.GroupLag group : lag.groups()) {
            response.withData(group.group() + ".lag", group.lag());
        }
        Instant limit = Instant.now().minus(config.maxStall());
        consumer.stalledChannels().forEach((channel, since) -> {
            response.withData(channel + ".failingSince", since.toString());
            if (since.isBefore(limit)) {
                response.down();
            }
        });
        return response.build();
    }
}
