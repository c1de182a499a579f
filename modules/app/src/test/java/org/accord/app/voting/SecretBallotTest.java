package org.accord.app.voting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.app.backbone.KafkaTopics;
import org.accord.membership.internal.app.MemberQueries;
import org.accord.testing.AccordTestStack;
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.BallotQueries;
import org.accord.voting.internal.app.Voting;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A secret ballot attacked by someone who sees everything a member, moderator and administrator can: the ballot's JSON,
 * its page and the events on {@code accord.voting.v1}, before and after every vote; and, after it closes, by someone
 * who can run any SQL over the voting schema.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class SecretBallotTest {

    private static final Pattern POSITION = Pattern.compile("APPROVE|DISAPPROVE|ABSTAIN");
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Inject
    Electorate electorate;
    @Inject
    Voting voting;
    @Inject
    BallotAdministration administration;
    @Inject
    BallotQueries queries;
    @Inject
    MemberQueries members;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator", "admin"})
    void whileOpen_nothingAnyoneCanReadChangesWithHowOthersVote() throws Exception {
        String us = electorate.voter("US", "INDUSTRY", true);
        String eu = electorate.voter("EU", "ACADEMIA", true);
        String euToo = electorate.voter("EU", "INDUSTRY", true);
        UUID ballot = electorate.ballot(null, "TRANSATLANTIC_DOUBLE_MAJORITY", true);
        List<Snapshot> snapshots = new ArrayList<>();
        snapshots.add(snapshot(ballot));

        voting.cast(ballot, us, "APPROVE", null);
        snapshots.add(snapshot(ballot));
        voting.cast(ballot, eu, "DISAPPROVE", "A secret reason");
        snapshots.add(snapshot(ballot));
        voting.cast(ballot, euToo, "ABSTAIN", null);
        snapshots.add(snapshot(ballot));
        voting.cast(ballot, us, "DISAPPROVE", "Changed my mind");
        snapshots.add(snapshot(ballot));

        assertThat(snapshots).extracting(Snapshot::json).containsOnly(snapshots.getFirst().json());
        assertThat(snapshots).extracting(Snapshot::page).containsOnly(snapshots.getFirst().page());
        assertThat(snapshots).extracting(Snapshot::turnout).containsExactly(0, 1, 2, 3, 3);
        assertThat(snapshots.getLast().json()).doesNotContainPattern(POSITION).doesNotContain("secret reason");
        assertThat(snapshots.getLast().page()).doesNotContain("A secret reason", "Changed my mind");
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(events(ballot))
                .filteredOn(event -> event.contains("\"memberId\"")).hasSize(4)
                .noneMatch(event -> POSITION.matcher(event).find() || event.contains("reason")));
        assertThat(queries.ballot(ballot, eu).myPosition()).isEqualTo("DISAPPROVE");
        assertThat(queries.ballot(ballot, us).myPosition()).isEqualTo("DISAPPROVE");

        administration.close(ballot, "Everyone voted", "mo");
        JsonPath result = given().when().get("/api/ballots/" + ballot).then().statusCode(200).extract().jsonPath();
        assertThat(result.getInt("result.find { it.scope == 'overall' }.disapprove")).isEqualTo(2);
        assertThat(result.getInt("result.find { it.scope == 'overall' }.abstain")).isEqualTo(1);
        assertThat(result.getList("result.findAll { it.scope != 'overall' }.withheld", Boolean.class))
                .containsOnly(true);
        assertThat(result.getList("reasons.reason", String.class)).containsExactly("A secret reason",
                "Changed my mind");
        assertThat(queries.ballot(ballot, us).myPosition()).isNull();
        assertThat(given().when().get("/ballots/" + ballot).then().statusCode(200).extract().asString())
                .contains("withheld: fewer than 5 voters took part", "A secret reason", "Changed my mind");
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator", "admin"})
    void afterClose_noQueryOverTheVotingSchemaTiesAMemberToAPosition() throws Exception {
        Map<String, String> positions = Map.of(
                electorate.voter("US", "INDUSTRY", true), "APPROVE",
                electorate.voter("US", "INDUSTRY", true), "APPROVE_WITH_COMMENTS",
                electorate.voter("US", "INDUSTRY", true), "DISAPPROVE",
                electorate.voter("US", "ACADEMIA", true), "APPROVE",
                electorate.voter("US", "ACADEMIA", true), "ABSTAIN",
                electorate.voter("EU", "CIVIL_SOCIETY", true), "DISAPPROVE");
        UUID ballot = electorate.ballot(null, "STAKEHOLDER_CONCURRENCE", true);
        for (Map.Entry<String, String> vote : positions.entrySet()) {
            voting.cast(ballot, vote.getKey(), vote.getValue(), vote.getValue().equals("DISAPPROVE")
                    ? "Not ready"
                    : null);
        }
        administration.close(ballot, "Time is up", "mo");
        List<String> memberIds = positions.keySet().stream()
                .map(username -> members.memberIdOf(username).orElseThrow().toString()).toList();

        for (String table : votingTables()) {
            for (String row : rowsAsText(table, ballot)) {
                boolean namesAVoter = memberIds.stream().anyMatch(row::contains);
                assertThat(namesAVoter && POSITION.matcher(row).find())
                        .as("a row of voting.%s ties a voter to a position: %s", table, row).isFalse();
            }
        }
        assertThat(count("select count(*) from voting.ballot_paper p join voting.vote_history h"
                + " on p.xmin::text = h.xmin::text where p.ballot_id = ?::uuid and h.ballot_id = ?::uuid", ballot,
                ballot)).as("papers written in the transaction of some vote").isZero();
        assertThat(count("select count(*) from voting.ballot_key where ballot_id = ?::uuid", ballot)).isZero();
        assertThat(count("select count(*) from voting.ballot_box where ballot_id = ?::uuid", ballot)).isZero();
        assertThat(count("select count(*) from voting.ballot_paper where ballot_id = ?::uuid", ballot)).isEqualTo(6);
        assertThatThrownBy(() -> queries.myPosition(ballot, UUID.fromString(memberIds.getFirst())))
                .hasMessageContaining("closed or cancelled");

        JsonNode closed = await().atMost(EVENTUALLY).until(() -> closedEvent(ballot), event -> event != null);
        assertThat(closed.at("/overall/disapprove").asInt()).isEqualTo(2);
        List<JsonNode> groups = new ArrayList<>();
        closed.get("groups").forEach(groups::add);
        assertThat(groups).extracting(group -> group.get("scope").asText()).contains("ACADEMIA", "CIVIL_SOCIETY",
                "INDUSTRY");
        assertThat(groups).allSatisfy(group -> {
            assertThat(group.get("withheld").asBoolean()).isTrue();
            assertThat(group.get("disapprove").isNull()).isTrue();
        });
        List<String> checked = new ArrayList<>();
        closed.get("checks").forEach(check -> checked.add(check.get("scope").asText()));
        assertThat(checked).contains("CIVIL_SOCIETY");
    }

    private record Snapshot(String json, String page, int turnout) {
    }

    /** What an onlooker sees, minus the parts that are meant to change with every vote: who voted and how many. */
    private Snapshot snapshot(UUID ballot) throws Exception {
        String json = given().when().get("/api/ballots/" + ballot).then().statusCode(200).extract().asString();
        ObjectNode view = (ObjectNode) mapper.readTree(json);
        int voted = view.at("/turnout/overall/voted").asInt();
        view.remove(List.of("votes", "turnout"));
        String page = given().when().get("/ballots/" + ballot).then().statusCode(200).extract().asString()
                .replaceAll("(?s)<section id=\"turnout\".*?</section>", "")
                .replaceAll("(?s)<ul id=\"votes\"[^>]*>.*?</ul>", "")
                .replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "");
        return new Snapshot(view.toString(), page, voted);
    }

    private List<String> events(UUID ballot) {
        return new KafkaTopics(bootstrapServers).readAll("accord.voting.v1").stream().map(ConsumerRecord::value)
                .filter(value -> value.contains(ballot.toString())).toList();
    }

    private JsonNode closedEvent(UUID ballot) throws Exception {
        for (ConsumerRecord<String, String> record : new KafkaTopics(bootstrapServers).readAll("accord.voting.v1")) {
            if (record.value().contains(ballot.toString())
                    && "accord.voting.BallotClosed.v1".equals(KafkaTopics.header(record, "ce_type"))) {
                return mapper.readTree(record.value());
            }
        }
        return null;
    }

    private List<String> votingTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("select table_name from"
                        + " information_schema.tables where table_schema = 'voting' and table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Every row of a table that mentions the ballot, as PostgreSQL prints a whole row, hidden columns included. */
    private List<String> rowsAsText(String table, UUID ballot) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select t.xmin::text || ' ' || t::text"
                        + " from voting." + table + " t where t::text like ?")) {
            statement.setString(1, "%" + ballot + "%");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i].toString());
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
