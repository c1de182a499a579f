package org.accord.app.backbone;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.app.backbone.ping.PingModule;
import org.accord.app.backbone.ping.PingSent;
import org.accord.app.backbone.ping.Pinging;
import org.accord.platform.events.EventTypes;
import org.accord.platform.outbox.Outbox;
import org.accord.platform.outbox.OutboxConfig;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * An event the broker refuses is retried with growing pauses, then parked: the later events of its subject wait behind
 * it, other subjects flow, the instance stays ready, and an administrator's retry sends the subject's events in order.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class OutboxParkingTest {

    // Relative to the management interface's root, /q
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Inject
    Pinging pinging;
    @Inject
    Outbox outbox;
    @Inject
    OutboxConfig config;
    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void eventTooLargeToSend_isParked_holdsItsSubjectOnly_andIsSentInOrderOnceRetried() throws Exception {
        String subject = UUID.randomUUID().toString();
        UUID refused = writeRowTooLargeForTheBroker(subject);
        QuarkusTransaction.requiringNew().run(() -> outbox.append(PingModule.NAME, new PingSent(subject, "behind")));
        String other = pinging.send("another subject flows");

        await().atMost(DELIVERY).until(() -> timesHeard(other) == 1);
        await().atMost(DELIVERY).until(() -> parked(refused));
        assertThat(attempts(refused)).isEqualTo(config.maxAttempts());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> attempts(refused) == config.maxAttempts());
        assertThat(timesHeard(subject)).as("the later event of the subject waits").isZero();

        given().when().get(ready).then().statusCode(200)
                .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Outbox relay' }.data.'ping.blockedSubjects'", containsString(subject))
                .body("checks.find { it.name == 'Outbox relay' }.data.'ping.held'", equalTo(1));
        given().when().get(metrics).then().statusCode(200)
                .body(containsString(
                        "accord_outbox_parked{event_type=\"accord.ping.PingSent.v1\",module=\"ping\"} 1.0"));
        given().when().get("/api/admin/outbox/parked").then().statusCode(200)
                .body("eventId", hasItem(refused.toString()))
                .body("find { it.eventId == '" + refused + "' }.held", equalTo(1))
                .body("find { it.eventId == '" + refused + "' }.lastError", containsString("RecordTooLarge"));

        shrinkPayload(refused, subject);
        given().contentType(ContentType.JSON).when().post("/api/admin/outbox/parked/" + refused + "/retry").then()
                .statusCode(200).body("events", equalTo(1));

        await().atMost(DELIVERY).until(() -> timesHeard(subject) == 2);
        assertThat(textsHeard(subject)).containsExactly("repaired", "behind");
        given().contentType(ContentType.JSON).when().post("/api/admin/outbox/parked/" + refused + "/retry").then()
                .statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(refused.toString()));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void parkedEvents_areForAdministratorsOnly() {
        given().when().get("/api/admin/outbox/parked").then().statusCode(403);
        given().contentType(ContentType.JSON).when().post("/api/admin/outbox/parked/retry").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void retryingAnEventIdThatIsNoEvent_isAProblem() {
        given().contentType(ContentType.JSON).when().post("/api/admin/outbox/parked/not-an-id/retry").then()
                .statusCode(400).contentType("application/problem+json");
    }

    /** A row as the outbox held it before events carried large content by claim check: above the broker's limit. */
    private UUID writeRowTooLargeForTheBroker(String subject) throws SQLException {
        UUID eventId = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("insert into ping.outbox (event_id,"
                        + " event_type, subject, schema_version, payload, occurred_at) values (?, ?, ?, 1, ?, ?)")) {
            statement.setObject(1, eventId);
            statement.setString(2, EventTypes.of(PingSent.class));
            statement.setString(3, subject);
            statement.setString(4, "{\"pingId\":\"" + subject + "\",\"text\":\"" + "x".repeat(1_200_000) + "\"}");
            statement.setTimestamp(5, Timestamp.from(Instant.now()));
            statement.executeUpdate();
        }
        return eventId;
    }

    private void shrinkPayload(UUID eventId, String subject) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("update ping.outbox set payload = ? where event_id = ?")) {
            statement.setString(1, "{\"pingId\":\"" + subject + "\",\"text\":\"repaired\"}");
            statement.setObject(2, eventId);
            statement.executeUpdate();
        }
    }

    private boolean parked(UUID eventId) throws SQLException {
        return query("select count(*) from ping.outbox where event_id = ? and parked_at is not null", eventId)
                .getFirst().equals("1");
    }

    private int attempts(UUID eventId) throws SQLException {
        return Integer.parseInt(query("select attempts from ping.outbox where event_id = ?", eventId).getFirst());
    }

    private long timesHeard(String pingId) throws SQLException {
        return textsHeard(pingId).size();
    }

    private List<String> textsHeard(String pingId) throws SQLException {
        return query("select text from pong.ping_heard where ping_id = ? order by seq", pingId);
    }

    private List<String> query(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
