package org.accord.app.stakeholders;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.app.backbone.KafkaTopics;
import org.accord.app.paging.Pages;
import org.accord.membership.api.MembershipModule;
import org.accord.membership.internal.app.Admission;
import org.accord.membership.internal.app.Admissions;
import org.accord.membership.internal.app.MemberAdministration;
import org.accord.stakeholders.internal.messaging.MembershipListener;
import org.accord.testing.AccordTestStack;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StakeholdersTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Inject
    Admissions admissions;
    @Inject
    MemberAdministration administration;
    @Inject
    MembershipListener listener;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @Order(1)
    @TestSecurity(user = "eva", roles = "member")
    void balance_followsMembershipEvents_perGroupAndSide() {
        int academiaEu = cell("ACADEMIA", "EU", "members");
        int academiaEuVoting = cell("ACADEMIA", "EU", "votingMembers");

        UUID voter = admit("ACADEMIA", "EU", true);
        admit("ACADEMIA", "EU", false);
        await().atMost(EVENTUALLY).until(() -> cell("ACADEMIA", "EU", "members") == academiaEu + 2);
        assertThat(cell("ACADEMIA", "EU", "votingMembers")).isEqualTo(academiaEuVoting + 1);

        administration.suspend(voter, "Testing suspension", "ada");
        await().atMost(EVENTUALLY).until(() -> cell("ACADEMIA", "EU", "members") == academiaEu + 1);
        assertThat(cell("ACADEMIA", "EU", "votingMembers")).isEqualTo(academiaEuVoting);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "eva", roles = "member")
    void replayingTheMembershipTopicIntoAnEmptySchema_yieldsTheSameFigures() throws Exception {
        admit("INDUSTRY", "US", true);
        admit("CIVIL_SOCIETY", "EU", true);
        await().atMost(EVENTUALLY).until(this::caughtUp);
        Map<String, Object> before = figures();

        QuarkusTransaction.requiringNew().run(() -> {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.executeUpdate("delete from stakeholders.group_membership");
                statement.executeUpdate("delete from stakeholders.member");
                statement.executeUpdate("delete from stakeholders.inbox");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(figures()).isNotEqualTo(before);
        listener.on(KafkaTopics.asBatch(MembershipListener.CHANNEL,
                new KafkaTopics(bootstrapServers).readAll(MembershipModule.NAME.topic()))).toCompletableFuture().join();

        assertThat(figures()).isEqualTo(before);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void balanceRules_raiseAndClearAlerts() {
        admit("INDUSTRY", "US", true);
        await().atMost(EVENTUALLY).until(this::caughtUp);

        given().contentType(ContentType.JSON).body(Map.of("kind", "MAX_GROUP_SHARE", "thresholdPercent", 1)).when()
                .post("/api/balance/rules").then().statusCode(200)
                .body("openAlerts.ruleId", hasItem("max-group-share-1"))
                .body("openAlerts.find { it.ruleId == 'max-group-share-1' }.finding",
                        containsString("of voting members (limit 1%)"));
        given().when().delete("/api/balance/rules/max-group-share-1").then().statusCode(200)
                .body("openAlerts.ruleId", org.hamcrest.Matchers.not(hasItem("max-group-share-1")))
                .body("recentAlerts.find { it.ruleId == 'max-group-share-1' }.clearedAt",
                        org.hamcrest.Matchers.notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("kind", "MAX_GROUP_SHARE", "thresholdPercent", 101))
                .when().post("/api/balance/rules").then().statusCode(400).body("field", equalTo("thresholdPercent"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "TALLEST_WINS", "thresholdPercent", 10)).when()
                .post("/api/balance/rules").then().statusCode(400).body("field", equalTo("kind"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void groups_areAddedRenamedAndRetired_neverDeleted() {
        String code = "PUBLIC_SECTOR_" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Public sector")).when()
                .post("/api/groups").then().statusCode(201).body("active", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Again")).when().post("/api/groups")
                .then().statusCode(409).body("field", equalTo("code"));
        given().contentType(ContentType.JSON).body(Map.of("code", "bad code!", "name", "x")).when()
                .post("/api/groups").then().statusCode(400).body("field", equalTo("code"));
        given().contentType(ContentType.JSON).body(Map.of("code", "SCRIPTED", "name", "<script>x</script>")).when()
                .post("/api/groups").then().statusCode(400).body("field", equalTo("name"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Public administrations")).when()
                .put("/api/groups/" + code + "/name").then().statusCode(200)
                .body("name", equalTo("Public administrations"));

        UUID member = admit(code, "EU", true);
        await().atMost(EVENTUALLY).untilAsserted(() -> given().when().get("/api/groups/" + code + "/members").then()
                .body("items.memberId", hasItem(member.toString())));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Merged")).when()
                .post("/api/groups/" + code + "/retirement").then().statusCode(409)
                .body("detail", containsString("before retiring it (members left: 1)"));

        given().contentType(ContentType.JSON).body(Map.of("group", "ACADEMIA", "reason", "Changed employer")).when()
                .put("/api/group-memberships/" + member).then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("group", "ACADEMIA", "reason", "Again")).when()
                .put("/api/group-memberships/" + member).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Merged into academia")).when()
                .post("/api/groups/" + code + "/retirement").then().statusCode(200).body("active", equalTo(false));
        assertThat(Pages.<String> all("/api/groups", "code")).contains(code);
        given().contentType(ContentType.JSON).body(Map.of("group", code, "reason", "Back")).when()
                .put("/api/group-memberships/" + member).then().statusCode(400).body("field", equalTo("group"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void groupAndRuleChanges_withoutAdminRole_areForbidden() {
        given().contentType(ContentType.JSON).body(Map.of("code", "ROGUE", "name", "Rogue")).when()
                .post("/api/groups").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("kind", "MAX_GROUP_SHARE", "thresholdPercent", 1)).when()
                .post("/api/balance/rules").then().statusCode(403);
        given().when().delete("/api/balance/rules/max-group-share").then().statusCode(403);
        given().when().get("/api/balance").then().statusCode(200);
    }

    private UUID admit(String group, String side, boolean votingRights) {
        return admissions.admit(new Admission("s" + UUID.randomUUID().toString().substring(0, 10) + "@example.org",
                "Balance Person", "Somewhere", side, group, List.of(), votingRights, "Balance test"), "ada").id();
    }

    private boolean caughtUp() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select (select count(*) from membership.member)"
                        + " = (select count(*) from stakeholders.member)")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private Map<String, Object> figures() {
        Map<String, Object> report = given().when().get("/api/balance").then().statusCode(200).extract().path("$");
        return Map.of("groups", report.get("groups"), "sides", report.get("sides"), "members", report.get("members"),
                "votingMembers", report.get("votingMembers"));
    }

    private int cell(String group, String side, String field) {
        return given().when().get("/api/balance").then().statusCode(200).extract()
                .path("groups.find { it.code == '" + group + "' }.cells.find { it.side == '" + side + "' }." + field);
    }
}
