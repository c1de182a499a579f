package org.accord.app.voting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.accord.app.backbone.KafkaTopics;
import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.StageChanging;
import org.accord.membership.internal.app.MemberAdministration;
import org.accord.membership.internal.app.MemberQueries;
import org.accord.platform.errors.RuleViolation;
import org.accord.testing.AccordTestStack;
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.BallotClock;
import org.accord.voting.internal.app.Voting;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class BallotsTest {

    @Inject
    Electorate electorate;
    @Inject
    Voting voting;
    @Inject
    BallotAdministration administration;
    @Inject
    BallotClock clock;
    @Inject
    StageChanging stages;
    @Inject
    MemberAdministration members;
    @Inject
    MemberQueries memberQueries;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void transatlanticDoubleMajority_needsBothSides_andAPassedBallotLetsTheStandardReachConsensus()
            throws Exception {
        String us1 = electorate.voter("US", "INDUSTRY", true);
        String us2 = electorate.voter("US", "ACADEMIA", true);
        String eu1 = electorate.voter("EU", "CIVIL_SOCIETY", true);
        String eu2 = electorate.voter("EU", "INDUSTRY", true);
        UUID version = electorate.committeeDraft();
        UUID ballot = electorate.ballot(version, "TRANSATLANTIC_DOUBLE_MAJORITY", false);

        voting.cast(ballot, us1, "APPROVE", null);
        voting.cast(ballot, us2, "APPROVE_WITH_COMMENTS", "Fine, with editorial comments");
        voting.cast(ballot, eu1, "APPROVE", null);
        voting.cast(ballot, eu2, "DISAPPROVE", "Clause 1 is too vague");
        given().when().get("/api/ballots/" + ballot).then().statusCode(200)
                .body("standing.passes", equalTo(false))
                .body("standing.summary", containsString("EU"));

        voting.cast(ballot, eu2, "APPROVE", null);
        given().when().get("/api/ballots/" + ballot).then().body("standing.passes", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Everyone has voted")).when()
                .post("/api/ballots/" + ballot + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("passed", equalTo(true))
                .body("result.scope", hasItem("US")).body("result.scope", hasItem("EU"));

        UUID standard = electorate.standardOf(version);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> stages.change(
                new Actor("mo", Set.of("member", "moderator")), standard, "CONSENSUS_DRAFT", "The ballot passed",
                ballot.toString()));
        assertThat(new KafkaTopics(bootstrapServers).readAll("accord.voting.v1"))
                .anyMatch(record -> record.value().contains(ballot.toString()) && record.value().contains(
                        "\"passed\":true"));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void ineligibleLateAndClosedVotes_areRefusedClearly() throws Exception {
        String voter = electorate.voter("US", "ACADEMIA", true);
        String observer = electorate.voter("OBSERVER", "ACADEMIA", false);
        String suspended = electorate.voter("EU", "ACADEMIA", true);
        members.suspend(memberId(suspended), "Testing", "ada");
        await().atMost(Duration.ofSeconds(30)).until(() -> electorate.count("select count(*) from voting.voter"
                + " where username = '" + suspended + "' and status = 'SUSPENDED'") == 1);
        UUID ballot = electorate.ballot(null, "SIMPLE_MAJORITY", false);
        String late = electorate.voter("EU", "INDUSTRY", true);

        for (String refused : List.of(observer, late)) {
            assertThatThrownBy(() -> voting.cast(ballot, refused, "APPROVE", null)).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("not among the eligible voters");
        }
        assertThatThrownBy(() -> voting.cast(ballot, suspended, "APPROVE", null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Your membership is suspended");
        assertThatThrownBy(() -> voting.cast(ballot, voter, "DISAPPROVE", " ")).isInstanceOf(RuleViolation.class)
                .extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> voting.cast(ballot, voter, "MAYBE", null)).isInstanceOf(RuleViolation.class)
                .extracting("field").isEqualTo("position");
        voting.cast(ballot, voter, "APPROVE", null);
        administration.close(ballot, "Enough", "mo");
        assertThatThrownBy(() -> voting.cast(ballot, voter, "ABSTAIN", null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("closed");
        given().contentType(ContentType.JSON).body(Map.of("position", "APPROVE")).when()
                .put("/api/ballots/" + ballot + "/vote").then().statusCode(409)
                .contentType("application/problem+json");
        given().when().get("/api/ballots/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "uma", roles = "member")
    void plainMember_cannotOpenOrCloseBallots() {
        given().contentType(ContentType.JSON).body(Map.of("question", "Q?", "title", "Mine", "closesAt",
                "2030-01-01T00:00:00Z")).when().post("/api/ballots").then().statusCode(403);
        UUID ballot = electorate.ballot(null, "SIMPLE_MAJORITY", false);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).when()
                .post("/api/ballots/" + ballot + "/closure").then().statusCode(403);
        given().when().get("/api/ballots/mine").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void secretBallot_showsWhoVotedButNeverHow() throws Exception {
        String a = electorate.voter("US", "INDUSTRY", true);
        String b = electorate.voter("EU", "ACADEMIA", true);
        UUID ballot = electorate.ballot(null, "ISO_DIS", true);
        voting.cast(ballot, a, "APPROVE", null);
        voting.cast(ballot, b, "DISAPPROVE", "Secret reason");

        given().when().get("/api/ballots/" + ballot).then().statusCode(200).body("secret", equalTo(true))
                .body("votes.size()", equalTo(2)).body("votes.position", everyItem(nullValue()))
                .body("votes.reason", everyItem(nullValue()));
        assertThat(given().when().get("/ballots/" + ballot).then().statusCode(200).extract().asString())
                .doesNotContain("DISAPPROVE").doesNotContain("Secret reason");
        administration.close(ballot, "Done", "mo");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(new KafkaTopics(bootstrapServers)
                .readAll("accord.voting.v1")).filteredOn(record -> record.value().contains(ballot.toString()))
                .noneMatch(record -> record.value().contains("DISAPPROVE") || record.value().contains("Secret reason"))
                .anyMatch(record -> record.value().contains("\"disapprove\":1")));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void fiftyParallelSubmissionsByOneMember_leaveOneCountedVote() throws Exception {
        String voter = electorate.voter("US", "CIVIL_SOCIETY", true);
        UUID ballot = electorate.ballot(null, "SIMPLE_MAJORITY", false);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Object>> submissions = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String position = i % 2 == 0 ? "APPROVE" : "ABSTAIN";
                submissions.add(pool.submit((Callable<Object>) () -> {
                    voting.cast(ballot, voter, position, null);
                    return null;
                }));
            }
            for (Future<Object> submission : submissions) {
                submission.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(electorate.count("select count(*) from voting.vote where ballot_id = '" + ballot + "'"))
                .isEqualTo(1);
        assertThat(electorate.count("select count(*) from voting.vote_history where ballot_id = '" + ballot + "'"))
                .isEqualTo(50);
        var overall = given().when().get("/api/ballots/" + ballot).then().statusCode(200).extract().jsonPath();
        assertThat(overall.getInt("standing.overall.approve") + overall.getInt("standing.overall.abstain"))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void ballotsCloseByThemselves_exactlyOnce_evenWithTwoInstancesTicking() throws Exception {
        String voter = electorate.voter("EU", "CIVIL_SOCIETY", true);
        UUID ballot = electorate.ballot(null, "SIMPLE_MAJORITY", false);
        voting.cast(ballot, voter, "APPROVE", null);
        electorate.execute("update voting.ballot set closes_at = now() - interval '1 second' where id = '" + ballot
                + "'");

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> ticks = List.of(instances.submit(clock::tick), instances.submit(clock::tick));
            for (Future<?> tick : ticks) {
                tick.get();
            }
        } finally {
            instances.shutdown();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> electorate.count("select count(*) from voting.ballot"
                + " where id = '" + ballot + "' and status = 'CLOSED'") == 1);
        assertThat(electorate.count("select count(*) from voting.ballot_tally where ballot_id = '" + ballot
                + "' and scope = 'overall'")).isEqualTo(1);
        assertThat(electorate.count("select count(*) from voting.outbox where subject = '" + ballot
                + "' and event_type = 'accord.voting.BallotClosed.v1'")).isEqualTo(1);
        given().when().get("/api/ballots/" + ballot).then().body("closedByClock", equalTo(true))
                .body("closedBy", nullValue()).body("closeReason", nullValue());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(new KafkaTopics(bootstrapServers)
                .readAll("accord.voting.v1")).anyMatch(
                        record -> record.value().contains(ballot.toString())
                                && record.value().contains("\"closedBy\":\"the ballot's clock\"")
                                && record.value().contains("\"reason\":\"Closing time reached\"")));
    }

    private UUID memberId(String username) {
        return memberQueries.memberIdOf(username).orElseThrow();
    }
}
