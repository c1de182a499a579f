package org.accord.app.e2e;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accord.app.membership.Admitting;
import org.accord.testing.AccordIntegrationStack;
import org.accord.testing.KafkaCluster;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application on a three-broker cluster (replication 3, {@code min.insync.replicas=2}) loses nothing when
 * brokers go: admissions keep coming through the API while the broker leading the busiest partition of membership's
 * topic stops and comes back, or while two of the three are down. Every acknowledged admission is in the database, its
 * event is on the topic (exactly once when one broker stopped), no outbox row stays unsent or is parked, and every
 * module that consumes it applied it exactly once. Each test runs on a database and a cluster of its own. A broker
 * stops abruptly, as in a crash: the cluster moves its leaderships once its session with the controllers expired.
 */
class BrokerOutageIT {

    private static final String TOPIC = "accord.membership.v1";
    private static final String ADMISSIONS = " where event_type = 'accord.membership.MemberAdmitted.v1'";
    private static final int ADMINS = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private KafkaCluster cluster;

    // A cluster per test: an application killed at the end of a test leaves offsets uncommitted, and the next one
    // would be handed events of a database it does not have.
    @BeforeEach
    void startCluster() {
        cluster = KafkaCluster.startTemporary();
    }

    @AfterEach
    void stopCluster() {
        cluster.close();
    }

    @Test
    void leaderStoppedUnderLoad_losesNoAdmission_andEveryModuleAppliesEachEventOnce() throws Exception {
        Map<String, String> config = appConfig();
        try (PackagedApp app = PackagedApp.start("broker-outage", config).awaitReady(Duration.ofMinutes(2));
                Connection database = database(config)) {
            String token = Tokens.forUser(config.get("quarkus.oidc.auth-server-url"), "ada", Tokens.DEMO_PASSWORD);
            Set<String> consumers = consumersOfAdmissions(app, token, database);

            Load load = Load.start(app, token);
            Thread.sleep(Duration.ofSeconds(4));
            int leader = cluster.leaderOf(TOPIC, busiestPartition());
            Instant stopped = Instant.now();
            cluster.stop(leader);
            Duration stopping = Duration.between(stopped, Instant.now());
            Thread.sleep(Duration.ofSeconds(8));
            Instant restarting = Instant.now();
            cluster.start(leader);
            Duration restart = Duration.between(restarting, Instant.now());
            Thread.sleep(Duration.ofSeconds(4));
            List<String> admitted = load.stop();

            assertThat(load.refused()).as("admissions refused while a broker was down").isZero();
            assertThat(admitted).as("admissions under load").hasSizeGreaterThan(20);
            Map<String, Long> copies = assertEveryAdmissionRelayedAndAppliedOnce(database, admitted, consumers);
            assertThat(copies).as("copies on the topic").allSatisfy((id, count) -> assertThat(count).isOne());
            Delays delays = delays(database, stopped);
            System.out.printf("BrokerOutageIT: node %d stopped in %d ms and restarted in %d ms; %d admissions,"
                    + " %d events delayed more than 1 s, the longest by %d ms%n", leader, stopping.toMillis(),
                    restart.toMillis(), admitted.size(), delays.overOneSecond(), delays.longest().toMillis());
            assertThat(app.log()).as("no event parked").doesNotContain("parked event");
        }
    }

    @Test
    void twoOfThreeBrokersDown_admissionsStillCommit_andAreRelayedOnceOneReturns() throws Exception {
        Map<String, String> config = appConfig();
        try (PackagedApp app = PackagedApp.start("brokers-down", config).awaitReady(Duration.ofMinutes(2));
                Connection database = database(config)) {
            String token = Tokens.forUser(config.get("quarkus.oidc.auth-server-url"), "ada", Tokens.DEMO_PASSWORD);
            Set<String> consumers = consumersOfAdmissions(app, token, database);

            cluster.stop(2);
            cluster.stop(3);
            List<String> admitted = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                admitted.add(admit(app, token).then().statusCode(201).extract().path("member.id"));
            }
            // The relay gives a send up after delivery.timeout.ms (25 s) and keeps the row for another try.
            await().atMost(PATIENCE).until(() -> count(database, "select count(*) from membership.outbox" + ADMISSIONS
                    + " and last_error is not null") == admitted.size());
            assertThat(count(database, "select count(*) from membership.outbox" + ADMISSIONS + " and sent_at is null"
                    + " and parked_at is null and refusals = 0")).as("held for another try, not counted as refused")
                    .isEqualTo(admitted.size());
            String error = strings(database, "select last_error from membership.outbox" + ADMISSIONS + " limit 1")
                    .getFirst();

            Instant returned = Instant.now();
            cluster.start(3);
            await().atMost(PATIENCE).until(() -> unsent(database) == 0);
            System.out.printf("BrokerOutageIT: with two of three brokers down %d admissions waited in the outbox (%s);"
                    + " relayed %d ms after one returned%n", admitted.size(), error,
                    Duration.between(returned, Instant.now()).toMillis());
            cluster.start(2);
            // A record whose acknowledgement did not come in time may still have been taken: the leader kept it and
            // committed it when a follower returned. The relay cannot know and sends it again; the inbox applies it once.
            Map<String, Long> copies = assertEveryAdmissionRelayedAndAppliedOnce(database, admitted, consumers);
            System.out.printf("BrokerOutageIT: %d of %d events on the topic twice after the outage%n",
                    copies.values().stream().filter(count -> count > 1).count(), copies.size());
        }
    }

    private Map<String, String> appConfig() {
        Map<String, String> config = new HashMap<>(new AccordIntegrationStack().start());
        config.put("quarkus.datasource.jdbc.url", PackagedApp.freshDatabase(config.get("quarkus.datasource.jdbc.url")));
        config.put("kafka.bootstrap.servers", cluster.bootstrapServers());
        // The relay tries again within seconds of a broker's return; the default pause (up to 30 s) only makes the
        // test wait longer.
        config.put("accord.outbox.max-backoff", "3s");
        return config;
    }

    /**
     * Admits one member and waits until every module that consumes admissions applied it.
     *
     * @return the schemas of those modules
     */
    private static Set<String> consumersOfAdmissions(PackagedApp app, String token, Connection database)
            throws Exception {
        admit(app, token).then().statusCode(201);
        await().atMost(PATIENCE).until(() -> firstEventId(database) != null
                && consumersOf(database, firstEventId(database)).size() >= 4);
        String eventId = firstEventId(database);
        Thread.sleep(Duration.ofSeconds(2)); // the slowest consumer
        Set<String> consumers = consumersOf(database, eventId);
        assertThat(consumers).contains("stakeholders", "transparency", "voting", "notifications");
        return consumers;
    }

    /** @return how many copies of each admission's event the topic holds */
    private Map<String, Long> assertEveryAdmissionRelayedAndAppliedOnce(Connection database, List<String> admitted,
            Set<String> consumers) throws Exception {
        List<String> eventIds = strings(database, "select event_id::text from membership.outbox" + ADMISSIONS);
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(unsent(database)).as("unsent outbox rows, any module").isZero();
            for (String schema : consumers) {
                assertThat(strings(database, "select event_id::text from " + schema + ".inbox"))
                        .as("applied by " + schema)
                        .containsAll(eventIds);
            }
        });
        assertThat(count(database, "select count(*) from membership.outbox where parked_at is not null")).isZero();
        assertThat(strings(database, "select id::text from membership.member")).as("acknowledged, committed")
                .containsAll(admitted);
        Map<String, Long> onTopic = eventIdsOnTopic();
        assertThat(eventIds).as("each event on the topic").allSatisfy(id -> assertThat(onTopic).containsKey(id));
        Map<String, Long> joined = perMember(database,
                "select count(*) from stakeholders.group_membership g where g.member_id = m.id");
        Map<String, Long> logged = perMember(database, "select count(*) from transparency.entry e"
                + " where e.type = 'member.admitted' and e.entry like '%' || m.id || '%'");
        assertThat(admitted).as("one effect per admission").allSatisfy(member -> {
            assertThat(joined.get(member)).as("stakeholder group joined by " + member).isEqualTo(1L);
            assertThat(logged.get(member)).as("public log entries of " + member).isEqualTo(1L);
        });
        return eventIds.stream().collect(Collectors.toMap(Function.identity(), onTopic::get));
    }

    private int busiestPartition() {
        Map<TopicPartition, Long> ends;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            ends = consumer.endOffsets(partitions);
        }
        return ends.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey().partition();
    }

    private Map<String, Long> eventIdsOnTopic() {
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader("ce_id");
                    ids.add(new String(id.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return counted(ids);
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()),
                new StringDeserializer(), new StringDeserializer());
    }

    /** How long the events written since the stop waited in the outbox. */
    private record Delays(long overOneSecond, Duration longest) {
    }

    private static Delays delays(Connection database, Instant since) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement("select count(*) filter (where sent_at"
                + " - occurred_at > interval '1 second'), coalesce(max(extract(epoch from sent_at - occurred_at)), 0)"
                + " from membership.outbox where occurred_at >= ?")) {
            statement.setObject(1, java.sql.Timestamp.from(since));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Delays(rows.getLong(1), Duration.ofMillis((long) (rows.getDouble(2) * 1000)));
            }
        }
    }

    /** Admissions from a few administrators at once, each as soon as the one before was answered. */
    private static final class Load {

        private final ExecutorService admins = Executors.newFixedThreadPool(ADMINS);
        private final ConcurrentLinkedQueue<String> admitted = new ConcurrentLinkedQueue<>();
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicBoolean stopping = new AtomicBoolean();

        static Load start(PackagedApp app, String token) {
            Load load = new Load();
            for (int i = 0; i < ADMINS; i++) {
                load.admins.execute(() -> {
                    while (!load.stopping.get()) {
                        Response response = admit(app, token);
                        if (response.statusCode() == 201) {
                            load.admitted.add(response.path("member.id"));
                        } else {
                            load.refused.incrementAndGet();
                        }
                    }
                });
            }
            return load;
        }

        List<String> stop() throws InterruptedException {
            stopping.set(true);
            admins.shutdown();
            assertThat(admins.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            return List.copyOf(admitted);
        }

        int refused() {
            return refused.get();
        }
    }

    private static Response admit(PackagedApp app, String token) {
        return given().baseUri(app.url("/").toString()).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Admitting.request(Admitting.uniqueEmail(), "ACADEMIA", "US", true, "member")).when()
                .post("/api/members");
    }

    private static String firstEventId(Connection database) throws SQLException {
        List<String> ids = strings(database, "select event_id::text from membership.outbox" + ADMISSIONS
                + " order by seq limit 1");
        return ids.isEmpty() ? null : ids.getFirst();
    }

    private static Set<String> consumersOf(Connection database, String eventId) throws SQLException {
        Set<String> schemas = new TreeSet<>();
        for (String schema : strings(database, "select table_schema from information_schema.tables"
                + " where table_name = 'inbox'")) {
            if (count(database, "select count(*) from " + schema + ".inbox where event_id = '" + eventId + "'") > 0) {
                schemas.add(schema);
            }
        }
        return schemas;
    }

    private static long unsent(Connection database) throws SQLException {
        long unsent = 0;
        for (String schema : strings(database, "select table_schema from information_schema.tables"
                + " where table_name = 'outbox'")) {
            unsent += count(database, "select count(*) from " + schema + ".outbox where sent_at is null");
        }
        return unsent;
    }

    private static Connection database(Map<String, String> config) throws SQLException {
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }

    private static List<String> strings(Connection database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = database.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static long count(Connection database, String sql) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The subquery's count for every member, whose id it reads as {@code m.id}. */
    private static Map<String, Long> perMember(Connection database, String subquery) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement statement = database.prepareStatement(
                "select m.id::text, (" + subquery + ") from membership.member m");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static Map<String, Long> counted(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
