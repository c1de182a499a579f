package org.accord.app.backbone;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.app.backbone.ping.PingModule;
import org.accord.app.backbone.ping.Pinging;
import org.accord.platform.events.CloudEventHeaders;
import org.accord.platform.outbox.OutboxRelay;
import org.accord.testing.AccordTestStack;
import org.accord.testing.InjectStack;
import org.accord.testing.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An event committed in the ping module reaches the pong module through a real Kafka broker, with exactly one effect,
 * whatever happens on the way.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventBackboneTest {

    private static final String PING_TOPIC = PingModule.NAME.topic();
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Inject
    Pinging pinging;
    @Inject
    OutboxRelay relay;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @InjectStack
    KafkaBroker kafka;

    @Test
    @Order(1)
    void committedEvent_reachesConsumerInAnotherModule_once() throws Exception {
        String pingId = pinging.send("hello");

        await().atMost(DELIVERY).until(() -> timesHeard(pingId) == 1);
        assertThat(count("select count(*) from ping.outbox where subject = ? and sent_at is not null", pingId))
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void rolledBackTransaction_sendsNothing() throws Exception {
        String text = "rolled back " + UUID.randomUUID();

        assertThatThrownBy(() -> pinging.sendAndFail(text)).isInstanceOf(IllegalStateException.class);

        assertThat(count("select count(*) from ping.outbox where payload like ?", "%" + text + "%")).isZero();
        String marker = pinging.send("after the rollback");
        await().atMost(DELIVERY).until(() -> timesHeard(marker) == 1);
        assertThat(count("select count(*) from pong.ping_heard where text = ?", text)).isZero();
        assertThat(new KafkaTopics(bootstrapServers).readAll(PING_TOPIC))
                .noneMatch(record -> record.value().contains(text));
    }

    @Test
    @Order(3)
    void sameRecordDeliveredTwice_takesEffectOnce() throws Exception {
        String key = "ping-" + UUID.randomUUID();
        ProducerRecord<String, String> record = pingRecord(key, UUID.randomUUID(), "duplicate");
        KafkaTopics topics = new KafkaTopics(bootstrapServers);

        topics.send(record);
        topics.send(record);
        String markerId = key + "-marker";
        topics.send(pingRecord(key, UUID.randomUUID(), "marker", markerId));

        await().atMost(DELIVERY).until(() -> timesHeard(markerId) == 1);
        assertThat(timesHeard(key)).isEqualTo(1);
    }

    @Test
    @Order(4)
    void poisonRecord_goesToDeadLetterTopic_andConsumingGoesOn() throws Exception {
        KafkaTopics topics = new KafkaTopics(bootstrapServers);
        String poison = "not a cloud event " + UUID.randomUUID();

        topics.send(new ProducerRecord<>(PING_TOPIC, "poison", poison));

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(topics.readAll("accord.dead-letter.v1"))
                .anySatisfy(dead -> {
                    assertThat(dead.value()).isEqualTo(poison);
                    assertThat(KafkaTopics.header(dead, "dead-letter-reason")).contains("ce_id");
                }));
        String after = pinging.send("after the poison");
        await().atMost(DELIVERY).until(() -> timesHeard(after) == 1);
    }

    @Test
    @Order(5)
    void twoRelayersOnOneOutbox_sendEveryEventExactlyOnce() throws Exception {
        String prefix = "race " + UUID.randomUUID() + " #";
        int events = 400;
        pinging.sendMany(prefix, events);

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (String relayer : List.of("instance-a", "instance-b")) {
                sent.add(instances.submit(relayUntilEmpty(relayer)));
            }
            for (Future<Integer> future : sent) {
                future.get();
            }
        } finally {
            instances.shutdown();
        }

        await().atMost(DELIVERY).until(
                () -> count("select count(*) from pong.ping_heard where text like ?", prefix + "%") == events);
        assertThat(count("select count(distinct ping_id) from pong.ping_heard where text like ?", prefix + "%"))
                .isEqualTo(events);
        List<ConsumerRecord<String, String>> onTopic = new KafkaTopics(bootstrapServers).readAll(PING_TOPIC).stream()
                .filter(record -> record.value().contains(prefix)).toList();
        Set<String> eventIds = onTopic.stream().map(record -> KafkaTopics.header(record, CloudEventHeaders.ID))
                .collect(Collectors.toSet());
        assertThat(onTopic).hasSize(events);
        assertThat(eventIds).hasSize(events);
    }

    @Test
    @Order(6)
    void brokerDownAtCommit_eventArrivesOnceBrokerIsBack() throws Exception {
        kafka.stop();
        String pingId;
        try {
            pingId = pinging.send("while the broker is down");
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
            assertThat(count("select count(*) from ping.outbox where subject = ? and sent_at is null", pingId))
                    .isEqualTo(1);
            assertThat(timesHeard(pingId)).isZero();
        } finally {
            kafka.start();
        }

        await().atMost(Duration.ofSeconds(120)).until(() -> timesHeard(pingId) == 1);
        assertThat(count("select count(*) from ping.outbox where subject = ? and sent_at is not null", pingId))
                .isEqualTo(1);
    }

    private Callable<Integer> relayUntilEmpty(String relayer) {
        return () -> {
            int total = 0;
            int sent;
            do {
                sent = relay.relayBatch(PingModule.NAME, relayer);
                total += sent;
            } while (sent > 0);
            return total;
        };
    }

    private static ProducerRecord<String, String> pingRecord(String key, UUID eventId, String text) {
        return pingRecord(key, eventId, text, key);
    }

    private static ProducerRecord<String, String> pingRecord(String key, UUID eventId, String text, String pingId) {
        var record = new ProducerRecord<>(PING_TOPIC, key,
                "{\"pingId\":\"" + pingId + "\",\"text\":\"" + text + "\"}");
        record.headers().add(CloudEventHeaders.ID, bytes(eventId.toString()))
                .add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"))
                .add(CloudEventHeaders.TYPE,
                        bytes(PingModule.NAME.eventType(org.accord.app.backbone.ping.PingSent.class)))
                .add(CloudEventHeaders.SOURCE, bytes(PingModule.NAME.eventSource()))
                .add(CloudEventHeaders.SUBJECT, bytes(key));
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private long timesHeard(String pingId) throws SQLException {
        return count("select count(*) from pong.ping_heard where ping_id = ?", pingId);
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
