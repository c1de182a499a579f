package org.accord.testing;

import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaTopicsTest {

    @Test
    void declared_onThreeBrokers_areTheDeploymentsTopicsAsTheyAre() {
        List<NewTopic> topics = KafkaTopics.declared(3);

        assertThat(topics).extracting(NewTopic::name).contains("accord.voting.v1", "accord.dead-letter.v1");
        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(3);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
            assertThat(topic.configs()).containsEntry("min.insync.replicas", "2").containsEntry("retention.ms", "-1")
                    .containsEntry("max.message.bytes", "1048588");
        });
    }

    @Test
    void declared_onOneBroker_replicateOnceAndTakeWritesFromIt() {
        assertThat(KafkaTopics.declared(1)).isNotEmpty().allSatisfy(topic -> {
            assertThat(topic.replicationFactor()).isEqualTo((short) 1);
            assertThat(topic.configs()).containsEntry("min.insync.replicas", "1");
        });
    }
}
