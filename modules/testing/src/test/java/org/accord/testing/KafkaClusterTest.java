package org.accord.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Three real nodes replicate every partition three times and acknowledge a write held by two: stopping the leader of a
 * partition under writes loses no acknowledged record, and with two nodes down a write is refused, as retriable, until
 * one returns.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class KafkaClusterTest {

    private static KafkaCluster cluster;

    @BeforeAll
    static void start() {
        cluster = KafkaCluster.startTemporary();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    @Order(1)
    void autoCreatedTopic_isReplicatedOnEveryNode_withTwoInSyncReplicasRequired() throws Exception {
        String topic = "replicated-check";
        try (KafkaProducer<String, String> producer = producer(Duration.ofSeconds(30))) {
            producer.send(new ProducerRecord<>(topic, "key", "value")).get();
        }
        try (Admin admin = admin()) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            assertThat(description.partitions()).hasSize(3)
                    .allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3))
                    .allSatisfy(partition -> assertThat(partition.isr()).hasSize(3));
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
            assertThat(config.get("unclean.leader.election.enable").value()).isEqualTo("false");
        }
    }

    @Test
    @Order(2)
    void leaderStoppedUnderWrites_losesNoAcknowledgedRecord_andComesBackInSync() throws Exception {
        String topic = "leader-stopped";
        List<String> acknowledged = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer(Duration.ofSeconds(30))) {
            producer.send(new ProducerRecord<>(topic, 0, "key", "first")).get();
            acknowledged.add("first");
            int leader = cluster.leaderOf(topic, 0);
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                if (i == 50) {
                    cluster.stop(leader);
                }
                sends.add(producer.send(new ProducerRecord<>(topic, 0, "key", "record-" + i)));
                Thread.sleep(10);
            }
            for (int i = 0; i < sends.size(); i++) {
                sends.get(i).get();
                acknowledged.add("record-" + i);
            }
            assertThat(cluster.leaderOf(topic, 0)).as("a new leader").isNotIn(0, leader);
            cluster.start(leader);
        }

        assertThat(readAll(topic, 0)).as("each acknowledged record once, in order").isEqualTo(acknowledged);
        try (Admin admin = admin()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int inSync;
            do {
                Thread.sleep(500);
                inSync = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().get(0)
                        .isr().size();
            } while (inSync < 3 && System.nanoTime() < deadline);
            assertThat(inSync).as("the restarted node caught up").isEqualTo(3);
        }
    }

    @Test
    @Order(3)
    void twoNodesDown_writeIsRefusedAsRetriable_untilOneReturns() throws Exception {
        String topic = "two-down";
        try (KafkaProducer<String, String> producer = producer(Duration.ofSeconds(5))) {
            producer.send(new ProducerRecord<>(topic, 0, "key", "before")).get();
            cluster.stop(2);
            cluster.stop(3);
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, 0, "key", "refused")).get())
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(RetriableException.class);

            cluster.start(3);
            Future<RecordMetadata> after = producer.send(new ProducerRecord<>(topic, 0, "key", "after"));
            assertThat(after.get(60, TimeUnit.SECONDS).offset()).isPositive();
            cluster.start(2);
        }
        assertThat(readAll(topic, 0)).contains("before", "after");
    }

    private static KafkaProducer<String, String> producer(Duration deliveryTimeout) {
        int timeout = (int) deliveryTimeout.toMillis();
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                Math.min(timeout / 2, 5000), ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout),
                new StringSerializer(), new StringSerializer());
    }

    private static Admin admin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        return Admin.create(properties);
    }

    private static List<String> readAll(String topic, int partition) {
        TopicPartition assigned = new TopicPartition(topic, partition);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(assigned));
            consumer.seekToBeginning(List.of(assigned));
            long end = consumer.endOffsets(List.of(assigned)).get(assigned);
            List<String> values = new ArrayList<>();
            while (consumer.position(assigned) < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }
}
