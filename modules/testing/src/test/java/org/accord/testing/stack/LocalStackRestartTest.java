package org.accord.testing.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.accord.testing.FreePorts;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * `make up`'s PostgreSQL rows and Kafka records survive a restart of the local stack, after `make down` and after the
 * stack was killed. The stack runs in its own process, on one state folder for the whole class; each test adds rows and
 * records to what the ones before wrote.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LocalStackRestartTest {

    private static final String TOPIC = "restart-check";
    private static final int WRITES = 20;

    @TempDir
    static Path work;

    private static final int POSTGRES_PORT = FreePorts.next();
    /** The Kafka controller listens on the broker's port + 1. */
    private static final int KAFKA_PORT = FreePorts.consecutive(2);
    private static final List<String> written = new ArrayList<>();
    private static Map<TopicPartition, Long> endOffsetsWhenWritten = Map.of();
    private static LocalStackProcess stack;
    private static int starts;

    @Test
    @Order(1)
    void restart_afterCleanStop_keepsRowsAndOffsets() throws Exception {
        startIfStopped();
        write("before a clean stop");

        stack.stop();
        start();

        assertEverythingWrittenIsThere();
    }

    @Test
    @Order(2)
    void restart_afterKill_keepsRowsAndOffsets() throws Exception {
        startIfStopped();
        write("before a kill");

        stack.kill();
        ProcessHandle leftBehind = postmaster().orElseThrow(
                () -> new AssertionError("a killed stack leaves its PostgreSQL running, so the restart must cope"));
        start();

        assertEverythingWrittenIsThere();
        assertThat(postmaster().orElseThrow().pid()).as("the restarted stack runs its own PostgreSQL")
                .isNotEqualTo(leftBehind.pid());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (stack != null) {
            stack.close();
        }
        Optional<ProcessHandle> leftBehind = postmaster();
        if (leftBehind.isPresent()) {
            // No client is connected any more, so PostgreSQL's smart shutdown on SIGTERM is quick.
            leftBehind.get().destroy();
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.notExists(pidFile()));
        }
    }

    private static void startIfStopped() throws IOException, InterruptedException {
        if (stack == null || !stack.isRunning()) {
            start();
        }
    }

    private static void start() throws IOException, InterruptedException {
        starts++;
        stack = LocalStackProcess.start(work.resolve("state"), POSTGRES_PORT, KAFKA_PORT,
                work.resolve("start-" + starts + ".log"));
    }

    private static void write(String label) throws SQLException, ExecutionException, InterruptedException {
        List<String> texts = IntStream.range(0, WRITES).mapToObj(i -> label + " #" + i).toList();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement("insert into note (text) values (?)")) {
            statement.execute("create table if not exists note (id serial primary key, text text)");
            for (String text : texts) {
                insert.setString(1, text);
                insert.executeUpdate();
            }
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            for (String text : texts) {
                producer.send(new ProducerRecord<>(TOPIC, text, text)).get();
            }
        }
        written.addAll(texts);
        endOffsetsWhenWritten = endOffsets();
    }

    private static void assertEverythingWrittenIsThere() throws SQLException {
        assertThat(rows()).containsExactlyElementsOf(written);
        assertThat(endOffsets()).isEqualTo(endOffsetsWhenWritten);
        assertThat(records()).containsExactlyInAnyOrderElementsOf(written);
    }

    private static List<String> rows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select text from note order by id")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            return consumer.endOffsets(partitions(consumer));
        }
    }

    private static List<String> records() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<String> values = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        return consumer.partitionsFor(TOPIC).stream()
                .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
    }

    /** The postmaster named in the data directory's lock file, when that process is alive. */
    private static Optional<ProcessHandle> postmaster() throws IOException {
        if (Files.notExists(pidFile())) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile()).getFirst().trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    private static Path pidFile() {
        return work.resolve("state/postgres/postmaster.pid");
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + POSTGRES_PORT + "/postgres?user=postgres");
    }

    private static Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + KAFKA_PORT);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    private static Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + KAFKA_PORT);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }
}
