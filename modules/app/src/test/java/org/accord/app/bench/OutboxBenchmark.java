package org.accord.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.app.backbone.ping.Pinging;
import org.accord.testing.AccordTestStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.awaitility.Awaitility.await;

/**
 * `make bench`: 10,000 events from commit in one module to effect in another (outbox, relay, Kafka, inbox), next to a
 * plain Kafka produce→consume of 10,000 records measured in the same run on the same broker.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
@Tag("bench")
class OutboxBenchmark {

    private static final int EVENTS = 10_000;
    private static final int WRITERS = 4;
    private static final Path REPORT = Path.of("target/bench/outbox.md");

    @Inject
    Pinging pinging;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void outboxToConsumer_againstRawKafka() throws Exception {
        warmUp();
        Figures raw = rawKafka();
        Figures outbox = outboxToConsumer();

        String report = """
                # Outbox benchmark

                %,d events; %d writer threads for the outbox path; one broker, 3 partitions, acks=all.

                | path | throughput (events/s) | latency p50 (ms) | latency p99 (ms) |
                |---|---|---|---|
                | raw Kafka produce → consume | %,.0f | %.1f | %.1f |
                | commit → outbox → relay → Kafka → inbox → effect | %,.0f | %.1f | %.1f |

                Outbox throughput is %.2f× the raw baseline; p50 latency %.1f× the raw baseline.
                """.formatted(EVENTS, WRITERS, raw.throughput(), raw.p50(), raw.p99(), outbox.throughput(),
                outbox.p50(), outbox.p99(), outbox.throughput() / raw.throughput(), outbox.p50() / raw.p50());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
    }

    private void warmUp() throws Exception {
        String prefix = "warm-up " + UUID.randomUUID() + " #";
        pinging.sendMany(prefix, 500);
        await().atMost(Duration.ofMinutes(2)).until(() -> heard(prefix) == 500);
    }

    private Figures outboxToConsumer() throws Exception {
        String prefix = "bench " + UUID.randomUUID() + " #";
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = IntStream.range(0, WRITERS).mapToObj(writer -> writers.submit(() -> {
                for (int i = writer; i < EVENTS; i += WRITERS) {
                    pinging.send(prefix + i);
                }
            })).<Future<?>> map(future -> future).toList();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            writers.shutdown();
        }
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> heard(prefix) == EVENTS);
        String sql = """
                select extract(epoch from max(h.heard_at) - min(p.created_at)),
                       percentile_cont(0.5) within group (order by extract(epoch from h.heard_at - p.created_at)),
                       percentile_cont(0.99) within group (order by extract(epoch from h.heard_at - p.created_at))
                from pong.ping_heard h join ping.ping p on p.id = h.ping_id where h.text like ?""";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, prefix + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Figures(EVENTS / rows.getDouble(1), rows.getDouble(2) * 1000, rows.getDouble(3) * 1000);
            }
        }
    }

    private Figures rawKafka() throws Exception {
        String topic = "bench.raw." + UUID.randomUUID();
        try (Admin admin = Admin.create(clientProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        long[] latencies = new long[EVENTS];
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties());
                KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            long start = System.nanoTime();
            Thread sender = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < EVENTS; i++) {
                    producer.send(new ProducerRecord<>(topic, "key-" + (i % 500), i + ":" + System.nanoTime()));
                }
                producer.flush();
            });
            int received = 0;
            long last = start;
            while (received < EVENTS) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    last = System.nanoTime();
                    String[] parts = record.value().split(":");
                    latencies[Integer.parseInt(parts[0])] = last - Long.parseLong(parts[1]);
                    received++;
                }
            }
            sender.join();
            Arrays.sort(latencies);
            return new Figures(EVENTS / ((last - start) / 1e9), latencies[EVENTS / 2] / 1e6,
                    latencies[(int) (EVENTS * 0.99)] / 1e6);
        }
    }

    private long heard(String prefix) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("select count(*) from pong.ping_heard where text like ?")) {
            statement.setString(1, prefix + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Properties clientProperties() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        return properties;
    }

    private Properties producerProperties() {
        Properties properties = clientProperties();
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return properties;
    }

    private Properties consumerProperties() {
        Properties properties = clientProperties();
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }

    private record Figures(double throughput, double p50, double p99) {
    }
}
