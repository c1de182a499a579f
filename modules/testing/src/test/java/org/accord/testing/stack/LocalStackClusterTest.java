package org.accord.testing.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.accord.testing.FreePorts;
import org.accord.testing.KafkaCluster;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `make up KAFKA_BROKERS=3`: the local stack's three-node cluster keeps its records across a restart, and a state
 * folder made by one broker count refuses the other with a message that says what to do.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class LocalStackClusterTest {

    private static final String TOPIC = "cluster-restart-check";

    @TempDir
    Path work;

    @Test
    void cluster_keepsRecordsAcrossRestart_andRefusesToStartAsOneBroker() throws Exception {
        Path state = work.resolve("state");
        int postgresPort = FreePorts.next();
        int kafkaPort = FreePorts.consecutive(2 * KafkaCluster.SIZE);
        String bootstrap = IntStream.range(0, KafkaCluster.SIZE).mapToObj(i -> "localhost:" + (kafkaPort + 2 * i))
                .reduce((a, b) -> a + "," + b).orElseThrow();

        try (LocalStackProcess stack = LocalStackProcess.start(state, postgresPort, kafkaPort, KafkaCluster.SIZE,
                work.resolve("first.log"))) {
            assertThat(stack.output()).contains("Kafka ready at " + bootstrap + " (3 brokers)");
            write(bootstrap, "before the restart");
            stack.stop();
        }
        try (LocalStackProcess stack = LocalStackProcess.start(state, postgresPort, kafkaPort, KafkaCluster.SIZE,
                work.resolve("second.log"))) {
            write(bootstrap, "after the restart");
            assertThat(readAll(bootstrap)).containsExactly("before the restart", "after the restart");
            stack.stop();
        }

        LocalStackProcess refused = LocalStackProcess.launch(state, postgresPort, kafkaPort, 1,
                work.resolve("refused.log"));
        assertThat(refused.awaitExit()).isEqualTo(3);
        assertThat(refused.output()).contains("belongs to 3 brokers, not 1", "KAFKA_BROKERS=3", "make reset");
    }

    @Test
    void oneBrokersState_refusesToStartAsCluster() throws Exception {
        Path state = work.resolve("state");
        Files.createDirectories(state.resolve("kafka"));
        Files.writeString(state.resolve("kafka/meta.properties"), "cluster.id=abc\nnode.id=1\nversion=1\n");

        LocalStackProcess refused = LocalStackProcess.launch(state, FreePorts.next(), FreePorts.next(),
                KafkaCluster.SIZE, work.resolve("refused.log"));

        assertThat(refused.awaitExit()).isEqualTo(3);
        assertThat(refused.output()).contains("belongs to 1 broker, not 3", "KAFKA_BROKERS=1", "make reset");
        assertThat(state.resolve("kafka/node-1")).doesNotExist();
    }

    private static void write(String bootstrap, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, 0, "key", value)).get(60, TimeUnit.SECONDS);
        }
    }

    private static List<String> readAll(String bootstrap) {
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<String> values = new ArrayList<>();
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }
}
