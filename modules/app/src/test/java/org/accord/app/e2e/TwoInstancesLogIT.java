package org.accord.app.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.accord.app.membership.Admitting;
import org.accord.app.transparency.VerifyLog;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the packaged application on one database and broker keep one log: both read the modules' topics (the
 * partitions split between them) and both sign heads, yet every decision is logged once, the entries are numbered
 * without a gap, and every head either instance signed belongs to one tree, as the offline verifier finds.
 */
class TwoInstancesLogIT {

    private static final int ADMISSIONS = 24;
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Test
    void admissionsThroughBothInstances_areLoggedOnceEach_inOneTreeThatVerifies() throws Exception {
        Map<String, String> config = TwoInstances.stackConfig();
        config.put("accord.transparency.heads.interval", "1s");
        try (TwoInstances instances = TwoInstances.start("log", config)) {
            PackagedApp first = instances.first();
            PackagedApp second = instances.second();
            String token = Tokens.forUser(config.get("quarkus.oidc.auth-server-url"), "ada", Tokens.DEMO_PASSWORD);

            ExecutorService admins = Executors.newFixedThreadPool(2);
            List<Future<String>> admitted = new ArrayList<>();
            for (int i = 0; i < ADMISSIONS; i++) {
                PackagedApp through = i % 2 == 0 ? first : second;
                admitted.add(admins.submit(() -> admit(through, token)));
            }
            List<String> memberIds = new ArrayList<>();
            for (Future<String> memberId : admitted) {
                memberIds.add(memberId.get());
            }
            admins.shutdown();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(consumers(config, "accord-transparency-membership"))
                    .as("both instances (and any other of the run) read membership's topic")
                    .allMatch(holdsPartitions -> holdsPartitions).hasSizeGreaterThanOrEqualTo(2));

            try (Connection database = instances.database()) {
                for (String memberId : memberIds) {
                    await().atMost(PATIENCE).until(() -> count(database, "select count(*) from transparency.entry"
                            + " where type = 'member.admitted' and entry like ?", "%" + memberId + "%") > 0);
                    assertThat(count(database, "select count(*) from transparency.entry where type = 'member.admitted'"
                            + " and entry like ?", "%" + memberId + "%")).as("logged once: " + memberId).isEqualTo(1);
                }
                long size = count(database, "select size from transparency.log_size", null);
                assertThat(count(database, "select count(*) from transparency.entry", null)).isEqualTo(size);
                assertThat(count(database, "select coalesce(max(seq), -1) + 1 from transparency.entry", null))
                        .isEqualTo(size);
                await().atMost(PATIENCE).until(() -> count(database, "select coalesce(max(tree_size), 0)"
                        + " from transparency.head", null) >= size);
            }

            VerifyLog.Run verified = VerifyLog.run("--url", first.url("/").toString());
            assertThat(verified.exitCode()).as(verified.output()).isZero();
            assertThat(verified.verdict()).startsWith("OK: ");
            assertThat(first.errors()).as("errors in the first").isEmpty();
            assertThat(second.errors()).as("errors in the second").isEmpty();
        }
    }

    private static String admit(PackagedApp through, String token) {
        return given().baseUri(through.url("/").toString()).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Admitting.request(Admitting.uniqueEmail(), "ACADEMIA", "US", true, "member")).when()
                .post("/api/members").then().statusCode(201).extract().path("member.id");
    }

    /** For each consumer in the group, whether it holds a partition; every instance of the run is one. */
    private static List<Boolean> consumers(Map<String, String> config, String group) throws Exception {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.get("kafka.bootstrap.servers"));
        try (Admin admin = Admin.create(properties)) {
            return admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get().members().stream()
                    .map(MemberDescription::assignment).map(assignment -> !assignment.topicPartitions().isEmpty())
                    .toList();
        }
    }

    private static long count(Connection database, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
