package org.accord.app.backbone;

import java.net.URL;
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
import org.accord.app.backbone.ping.PingSent;
import org.accord.app.backbone.ping.Pinging;
import org.accord.app.backbone.pong.PingListener;
import org.accord.app.paging.Pages;
import org.accord.platform.consumer.EventConsumer;
import org.accord.platform.events.CloudEventHeaders;
import org.accord.platform.events.EventTypes;
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
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
    EventConsumer consumer;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @InjectStack
    KafkaBroker kafka;
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

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
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void poisonRecord_withAnyBytes_isKeptAsADeadLetter_andConsumingGoesOn() throws Exception {
        KafkaTopics topics = new KafkaTopics(bootstrapServers);
        String poison = "not a cloud event, with a NUL \u0000 " + UUID.randomUUID();

        topics.send(new ProducerRecord<>(PING_TOPIC, "poison", poison));

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(topics.readAll("accord.dead-letter.v1"))
                .anySatisfy(dead -> {
                    assertThat(dead.value()).isEqualTo(poison);
                    assertThat(KafkaTopics.header(dead, "dead-letter-reason")).contains("ce_id");
                }));
        given().queryParam("limit", 500).when().get("/api/admin/dead-letters").then().statusCode(200)
                .body("items.find { it.payload == '" + poison.replace("\u0000", "\\u0000") + "' }.reason",
                        containsString("ce_id"));
        String after = pinging.send("after the poison");
        await().atMost(DELIVERY).until(() -> timesHeard(after) == 1);
    }

    @Test
    @Order(5)
    void transientFailures_areRetried_andTheEventIsAppliedOnceInOrder() throws Exception {
        String key = "flaky-" + UUID.randomUUID();
        KafkaTopics topics = new KafkaTopics(bootstrapServers);

        topics.send(pingRecord(key, UUID.randomUUID(), "flaky:5:first", key + "-1"));
        topics.send(pingRecord(key, UUID.randomUUID(), "second", key + "-2"));
        topics.send(pingRecord(key, UUID.randomUUID(), "third", key + "-3"));

        await().atMost(DELIVERY).until(() -> timesHeard(key + "-3") == 1);
        assertThat(PingListener.attemptsOf(key + "-1")).isEqualTo(6);
        assertThat(List.of(timesHeard(key + "-1"), timesHeard(key + "-2"))).containsExactly(1L, 1L);
        assertThat(pingIdsInOrderHeard(key)).containsExactly(key + "-1", key + "-2", key + "-3");
        assertThat(
                count("select count(*) from platform.dead_letter where position(convert_to(?, 'UTF8') in payload) > 0",
                        key))
                .isZero();
        assertThat(consumer.stalledChannels()).isEmpty();
        assertThat(topics.readAll("accord.dead-letter.v1")).noneMatch(dead -> dead.value().contains(key));
    }

    @Test
    @Order(6)
    void batchWithDeclaredPoison_keepsOnlyThePoisonAsADeadLetter_andAppliesTheOthersOnceInOrder() throws Exception {
        PingListener.refusePoison = true;
        String key = "batch-poison-" + UUID.randomUUID();

        new KafkaTopics(bootstrapServers).sendTogether(List.of(pingRecord(key, UUID.randomUUID(), "first", key + "-1"),
                pingRecord(key, UUID.randomUUID(), "poison: in a batch", key + "-poison"),
                pingRecord(key, UUID.randomUUID(), "second", key + "-2"),
                pingRecord(key, UUID.randomUUID(), "third", key + "-3")));

        await().atMost(DELIVERY).until(() -> timesHeard(key + "-3") == 1);
        assertThat(pingIdsInOrderHeard(key)).containsExactly(key + "-1", key + "-2", key + "-3");
        assertThat(deadLettersOf(key)).isEqualTo(1);
        assertThat(deadLettersOf(key + "-poison")).isEqualTo(1);
        // Handed over once in the batch's transaction, which the poison rolled back, and once on its own.
        assertThat(PingListener.attemptsOf(key + "-1")).isEqualTo(2);
        given().when().get(metrics).then().statusCode(200)
                .body(containsString("accord_consumer_batch_fallbacks_total{consumer=\"pong\"}"));
    }

    @Test
    @Order(7)
    void recordDeliveredTwiceInOneBatch_isAppliedOnce_withoutLeavingTheBatch() throws Exception {
        String key = "batch-duplicate-" + UUID.randomUUID();
        ProducerRecord<String, String> twice = pingRecord(key, UUID.randomUUID(), "twice", key + "-twice");

        new KafkaTopics(bootstrapServers).sendTogether(
                List.of(twice, twice, pingRecord(key, UUID.randomUUID(), "after", key + "-after")));

        await().atMost(DELIVERY).until(() -> timesHeard(key + "-after") == 1);
        assertThat(timesHeard(key + "-twice")).isEqualTo(1);
        assertThat(PingListener.attemptsOf(key + "-twice")).isEqualTo(1);
    }

    @Test
    @Order(8)
    void connectionLostMidBatch_leavesNothingHalfApplied_andTheBatchIsAppliedOnce() throws Exception {
        String key = "batch-crash-" + UUID.randomUUID();
        List<String> pingIds = List.of(key + "-1", key + "-2", key + "-3", key + "-4");

        new KafkaTopics(bootstrapServers)
                .sendTogether(List.of(pingRecord(key, UUID.randomUUID(), "first", pingIds.get(0)),
                        pingRecord(key, UUID.randomUUID(), "second", pingIds.get(1)),
                        pingRecord(key, UUID.randomUUID(), "hold: third", pingIds.get(2)),
                        pingRecord(key, UUID.randomUUID(), "fourth", pingIds.get(3))));
        try {
            assertThat(PingListener.awaitHolding(DELIVERY)).isTrue();
            assertThat(count("select count(*) from pong.ping_heard where ping_id like ?", key + "%")).isZero();
            // The batch's transaction dies with its connection, as it would with the instance.
            assertThat(count("select count(pg_terminate_backend(pid)) from pg_stat_activity where state ="
                    + " 'idle in transaction' and query like ?", "insert into pong.inbox%")).isEqualTo(1);
        } finally {
            PingListener.release();
        }

        await().atMost(DELIVERY).until(() -> timesHeard(pingIds.get(3)) == 1);
        assertThat(pingIdsInOrderHeard(key)).containsExactlyElementsOf(pingIds);
        assertThat(PingListener.attemptsOf(pingIds.get(0))).isEqualTo(2);
        assertThat(deadLettersOf(key)).isZero();
    }

    @Test
    @Order(9)
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void declaredPoison_waitsAsADeadLetter_andItsReplayIsAppliedOnce() throws Exception {
        String pingId = pinging.send("poison: a handler cannot read this yet");
        await().atMost(DELIVERY).until(() -> count("select count(*) from platform.dead_letter where consumer = 'pong'"
                + " and position(convert_to(?, 'UTF8') in payload) > 0 and replayed_at is null", pingId) == 1);
        String after = pinging.send("after the declared poison");
        await().atMost(DELIVERY).until(() -> timesHeard(after) == 1);
        assertThat(timesHeard(pingId)).isZero();
        String letter = given().queryParam("limit", 500).when().get("/api/admin/dead-letters").then().statusCode(200)
                .body("items.find { it.payload.contains('" + pingId + "') }.reason", containsString("cannot read"))
                .extract().path("items.find { it.payload.contains('" + pingId + "') }.id");
        given().when().get(metrics).then().statusCode(200)
                .body(containsString("accord_consumer_dead_letters{consumer=\"pong\"}"));

        given().contentType(ContentType.JSON).when().post("/api/admin/dead-letters/" + letter + "/replay").then()
                .statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("cannot read"));
        PingListener.refusePoison = false;
        given().contentType(ContentType.JSON).when().post("/api/admin/dead-letters/" + letter + "/replay").then()
                .statusCode(200)
                .body("settled", equalTo(true)).body("outcome", equalTo("applied"));
        given().contentType(ContentType.JSON).when().post("/api/admin/dead-letters/" + letter + "/replay").then()
                .statusCode(200)
                .body("settled", equalTo(true));
        execute("update platform.dead_letter set replayed_at = null where id = ?", letter);
        given().contentType(ContentType.JSON).when().post("/api/admin/dead-letters/replay").then().statusCode(200)
                .body("find { it.id == '" + letter + "' }.outcome", equalTo("already applied"));

        assertThat(timesHeard(pingId)).isEqualTo(1);
        assertThat(Pages.<String> all("/api/admin/dead-letters", "id")).doesNotContain(letter);
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void deadLetters_areForAdministratorsOnly() {
        given().when().get("/api/admin/dead-letters").then().statusCode(403);
        given().contentType(ContentType.JSON).when().post("/api/admin/dead-letters/replay").then().statusCode(403);
    }

    @Test
    @Order(10)
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
    @Order(11)
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

    /** A PingSent written straight to the topic, as another instance's relay would. */
    static ProducerRecord<String, String> pingRecord(String key, UUID eventId, String text, String pingId) {
        var record = new ProducerRecord<>(PING_TOPIC, key,
                "{\"pingId\":\"" + pingId + "\",\"text\":\"" + text + "\"}");
        record.headers().add(CloudEventHeaders.ID, bytes(eventId.toString()))
                .add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"))
                .add(CloudEventHeaders.TYPE,
                        bytes(EventTypes.of(PingSent.class)))
                .add(CloudEventHeaders.SOURCE, bytes(PingModule.NAME.eventSource()))
                .add(CloudEventHeaders.SUBJECT, bytes(key));
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> pingIdsInOrderHeard(String prefix) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select ping_id from pong.ping_heard where ping_id like ? order by seq")) {
            statement.setString(1, prefix + "%");
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private long deadLettersOf(String text) throws SQLException {
        return count("select count(*) from platform.dead_letter where position(convert_to(?, 'UTF8') in payload) > 0",
                text);
    }

    private void execute(String sql, String uuid) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(uuid));
            statement.executeUpdate();
        }
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
