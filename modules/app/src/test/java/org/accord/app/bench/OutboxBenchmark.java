package org.accord.app.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.accord.app.backbone.ping.Pinging;
import org.accord.platform.module.AccordModule;
import org.accord.platform.outbox.OutboxStore;
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

/**
 * `make bench BENCH=outbox` (surefire runs no class named *Benchmark otherwise): 10,000 events from commit in one
 * module to effect in another (outbox, relay, Kafka, inbox), next to a plain Kafka produce→consume of 10,000 records
 * measured in the same run on the same broker.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
@Tag("outbox")
class OutboxBenchmark {

    private static final int EVENTS = 10_000;
    private static final int PACED_RATE = 400;
    private static final int PACED_EVENTS = 4_000;

    @Inject
    Pinging pinging;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    Instance<AccordModule> modules;
    @Inject
    OutboxStore outboxes;

    @Test
    void outboxToConsumer_againstCommitRateAndRawKafka() throws Exception {
        OutboxToConsumer outboxToConsumer = new OutboxToConsumer(pinging, dataSource, modules, outboxes);
        outboxToConsumer.awaitIdleRelay();
        Trials trials = new Trials();
        for (int run : Trials.runs()) {
            Sample raw = trials.add("raw", rawKafka());
            trials.add("raw latency", latency(raw));
            OutboxToConsumer.Stages outbox = outboxToConsumer.run(EVENTS, 0);
            trials.add("committed", Sample.of(outbox.committed().value()));
            trials.add("relayed", outbox.acknowledged());
            trials.add("consumed", outbox.consumed());
            trials.add("drained", Sample.of(outbox.drained()));
            OutboxToConsumer.Stages paced = outboxToConsumer.run(PACED_EVENTS, PACED_RATE);
            trials.add("paced consumed", latency(paced.consumed()));
            trials.add("paced relayed", latency(paced.acknowledged()));
        }
        BenchReport report = new BenchReport("outbox", "Outbox benchmark", """
                %,d events per run (%,d when paced); %d writer threads in the test's application commit one event per
                transaction; one broker, 3 partitions, acks=all. Latency runs from the commit (or the raw send) to the
                point the row names. Ceilings: the writers' commit rate, and a raw Kafka produce → consume of as many
                records on the same broker.
                """.formatted(EVENTS, PACED_EVENTS, OutboxToConsumer.WRITERS));
        Trials.Figure raw = trials.figure("raw");
        Trials.Figure committed = trials.figure("committed");
        report.add("raw Kafka produce → consume (ceiling)", "events/s", raw);
        report.add("business transactions committed (ceiling)", "events/s", committed);
        report.add("commit → relayed and acknowledged by Kafka", "events/s", trials.figure("relayed"))
                .against("commit rate", committed).against("raw Kafka", raw);
        report.add("commit → consumer's effect committed (end to end)", "events/s", trials.figure("consumed"))
                .against("commit rate", committed).against("raw Kafka", raw)
                .goal(BenchReport.Goal.atLeast("ratio", 0.9, "#9"));
        Trials.Figure rawLatency = trials.figure("raw latency");
        report.add("raw Kafka produce → consume, latency (ceiling)", "ms", rawLatency);
        report.add("end to end, writers paced at %d events/s".formatted(PACED_RATE), "ms",
                trials.figure("paced consumed")).against("raw Kafka latency", rawLatency)
                .goal(BenchReport.Goal.atMost("p99", 100, "#9"));
        report.add("commit → relayed, writers paced at %d events/s".formatted(PACED_RATE), "ms",
                trials.figure("paced relayed")).against("raw Kafka latency", rawLatency);
        report.add("consumer draining its backlog after the last commit", "events/s", trials.figure("drained"))
                .against("commit rate", committed);
        report.write();
    }

    /** The same run seen as a latency series: paced writers fix the rate, so the latency is what there is to see. */
    private static Sample latency(Sample run) {
        return new Sample(run.p50(), run.p50(), run.p99(), null);
    }

    private Sample rawKafka() throws Exception {
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
            return new Sample(EVENTS / ((last - start) / 1e9), latencies[EVENTS / 2] / 1e6,
                    latencies[(int) (EVENTS * 0.99)] / 1e6, null);
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
}
