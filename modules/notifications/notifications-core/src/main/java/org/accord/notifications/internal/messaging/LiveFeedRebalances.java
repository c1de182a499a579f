package org.accord.notifications.internal.messaging;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.internal.app.LiveHub;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Breaks in the live feed's reading that the broker causes. The feed commits no offsets and starts at the end, so a
 * partition given to it again (after a rebalance, a lost session) is read from wherever the broker says, not from where
 * it stopped: what it heard before proves nothing about what follows, and a partition taken away is not heard at all.
 * Named by {@code mp.messaging.incoming.live-updates.consumer-rebalance-listener.name}.
 */
@ApplicationScoped
@Identifier(LiveFeedRebalances.NAME)
public class LiveFeedRebalances implements KafkaConsumerRebalanceListener {

    static final String NAME = "live-updates-rebalances";

    private final LiveHub hub;

    LiveFeedRebalances(LiveHub hub) {
        this.hub = hub;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        lost(partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        lost(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        lost(partitions);
    }

    private void lost(Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> hub.lost(partition.topic(), partition.partition()));
    }
}
