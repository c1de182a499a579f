package org.accord.app.review;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.accord.app.backbone.KafkaTopics;
import org.accord.membership.internal.app.MemberAdministration;
import org.accord.membership.internal.app.MemberQueries;
import org.accord.platform.errors.RuleViolation;
import org.accord.review.internal.app.Commenting;
import org.accord.review.internal.app.RoundAdministration;
import org.accord.review.internal.app.RoundClock;
import org.accord.testing.AccordTestStack;
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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class CommentRoundsTest {

    private static final String RITA = "rita.review@example.org";

    @Inject
    Reviewing reviewing;
    @Inject
    RoundAdministration rounds;
    @Inject
    Commenting commenting;
    @Inject
    RoundClock clock;
    @Inject
    MemberAdministration members;
    @Inject
    MemberQueries memberQueries;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void roundsOpenAndCloseByThemselves_exactlyOnce_evenWithTwoTicksAtOnce() throws Exception {
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = rounds.open(new RoundAdministration.Opening(draft.versionId(), "Scheduled", null,
                Instant.now().plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(2)), true), "mo");
        assertThat(status(round)).isEqualTo("SCHEDULED");

        reviewing.execute("update review.round set opens_at = now() - interval '1 second' where id = '" + round + "'");
        twoTicksAtOnce();
        assertThat(status(round)).isEqualTo("OPEN");
        reviewing.execute("update review.round set closes_at = now() - interval '1 second' where id = '" + round
                + "'");
        twoTicksAtOnce();
        assertThat(status(round)).isEqualTo("CLOSED");
        twoTicksAtOnce();

        assertThat(events(round, "CommentRoundOpened")).isEqualTo(1);
        assertThat(events(round, "CommentRoundClosed")).isEqualTo(1);
        assertThat(reviewing.count("select count(*) from review.round where id = '" + round
                + "' and closed_by is null and close_reason is null")).as("no English sentence kept").isEqualTo(1);
        assertThat(reviewing.count("select count(*) from review.outbox where subject = '" + round
                + "' and event_type = 'accord.review.CommentRoundClosed.v1' and payload like '%\"early\":false%'"
                + " and payload like '%\"by\":\"the round''s clock\"%'")).as("the event as it always was")
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = RITA, roles = "member")
    void aCommentAfterClose_isRefusedWith409NamingTheClosingTime_andNothingIsStored() throws Exception {
        reviewing.member(RITA, "US", "INDUSTRY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        rounds.close(round, "Enough comments", "mo");

        given().contentType(ContentType.JSON).body(Map.of("clause", "1", "type", "te", "text", "Too late")).when()
                .post("/api/rounds/" + round + "/comments").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("closed at"));
        assertThat(reviewing.commentsIn(round)).isZero();
    }

    @Test
    @TestSecurity(user = RITA, roles = "member")
    void everyBadInput_isA4xxProblem_andStoresNothing() throws Exception {
        reviewing.member(RITA, "US", "INDUSTRY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        String comments = "/api/rounds/" + round + "/comments";

        Map<Object, Integer> refusals = Map.of(
                "{\"clause\": \"1\", \"type\": ", 400,
                Map.of("clause", "9.9", "type", "te", "text", "Unknown clause"), 400,
                Map.of("clause", "1", "type", "xx", "text", "Unknown type"), 400,
                Map.of("clause", "1", "type", "te", "text", " "), 400,
                Map.of("clause", "1", "type", "te", "text", "x".repeat(20_001)), 400,
                Map.of("clause", "1", "lineNumber", 0, "type", "te", "text", "Line zero"), 400,
                Map.of("clause", "1", "lineNumber", "three", "type", "te", "text", "Line as words"), 400);
        refusals.forEach((body, status) -> given().contentType(ContentType.JSON).body(body).when().post(comments)
                .then().statusCode(status).contentType("application/problem+json"));
        given().contentType(ContentType.JSON).body(Map.of("type", "te", "text", "No round")).when()
                .post("/api/rounds/" + UUID.randomUUID() + "/comments").then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("draftVersionId", draft.versionId().toString(),
                "closesAt", Instant.now().plus(Duration.ofDays(1)).toString())).when().post("/api/rounds").then()
                .statusCode(403).contentType("application/problem+json");
        assertThat(reviewing.commentsIn(round)).isZero();

        String script = "<script>alert('x')</script>\n\n**Bold** [link](javascript:alert(1)) <img src=x onerror=alert(2)>";
        given().contentType(ContentType.JSON).body(Map.of("clause", "general", "type", "ge", "text", script)).when()
                .post(comments).then().statusCode(201);
        given().when().get("/rounds/" + round).then().statusCode(200)
                .body(not(containsString("<script>alert"))).body(not(containsString("href=\"javascript")))
                .body(not(containsString("<img")))
                .body(containsString("<strong>Bold</strong>"));
    }

    @Test
    void suspendedMembersAreRefused_observersMayComment() throws Exception {
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        String observer = reviewing.member("OBSERVER", "ACADEMIA", false);
        String suspended = reviewing.member("EU", "ACADEMIA", true);
        members.suspend(memberQueries.memberIdOf(suspended).orElseThrow(), "Testing", "ada");
        await().atMost(Duration.ofSeconds(30)).until(() -> reviewing.count("select count(*) from review.member"
                + " where username = '" + suspended + "' and status = 'SUSPENDED'") == 1);

        commenting.submit(round, new Commenting.Draft("2", 3, "Table 1", "ed", "Typo", "Fix it"), observer);
        assertThatThrownBy(() -> commenting.submit(round, new Commenting.Draft("2", null, null, "ed", "Typo", null),
                suspended)).isInstanceOf(RuleViolation.class).hasMessageContaining("suspended");
        assertThat(reviewing.count("select count(*) from review.comment where round_id = '" + round
                + "' and side = 'OBSERVER' and clause_number = '2' and line_number = 3")).isEqualTo(1);
        assertThat(reviewing.commentsIn(round)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = RITA, roles = "member")
    void authorsEditAndWithdrawTheirOwnComments_everyTextIsKept_othersCannot() throws Exception {
        reviewing.member(RITA, "US", "INDUSTRY", true);
        String other = reviewing.member("EU", "INDUSTRY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        UUID mine = commenting.submit(round, new Commenting.Draft("1", null, null, "te", "First text", null), RITA);

        given().contentType(ContentType.JSON).body(Map.of("clause", "3", "type", "ed", "text", "Second text")).when()
                .put("/api/rounds/" + round + "/comments/" + mine).then().statusCode(200)
                .body("clauseNumber", equalTo("3")).body("revisions", equalTo(2));
        assertThatThrownBy(() -> commenting.revise(round, mine, new Commenting.Draft("1", null, null, "te",
                "Not mine", null), other)).isInstanceOf(RuleViolation.class).extracting("kind")
                .isEqualTo(RuleViolation.Kind.FORBIDDEN);
        given().contentType(ContentType.JSON).when().post("/api/rounds/" + round + "/comments/" + mine
                + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().contentType(ContentType.JSON).body(Map.of("clause", "1", "type", "te", "text", "Third")).when()
                .put("/api/rounds/" + round + "/comments/" + mine).then().statusCode(409);
        given().when().get("/api/rounds/" + round + "/comments/" + mine + "/history").then().statusCode(200)
                .body("text", equalTo(List.of("First text", "Second text")));
        assertThatThrownBy(() -> reviewing.execute("delete from review.comment where id = '" + mine + "'"))
                .hasMessageContaining("keeps its rows");
    }

    @Test
    @TestSecurity(user = RITA, roles = "member")
    void whileARoundKeepsCommentsFromView_membersSeeOnlyTheirOwn_untilItCloses() throws Exception {
        reviewing.member(RITA, "US", "INDUSTRY", true);
        String other = reviewing.member("EU", "INDUSTRY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), false);
        commenting.submit(round, new Commenting.Draft("1", null, null, "te", "Rita's view", null), RITA);
        commenting.submit(round, new Commenting.Draft("1", null, null, "te", "Secret until close", null), other);

        given().when().get("/api/rounds/" + round + "/comments").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].text", equalTo("Rita's view"));
        given().when().get("/rounds/" + round).then().body(not(containsString("Secret until close")));
        rounds.close(round, "Done", "mo");
        given().when().get("/api/rounds/" + round + "/comments").then().body("items", hasSize(2));
    }

    @Test
    @TestSecurity(user = RITA, roles = "member")
    void aHiddenCommentLeavesATombstone_theAuthorIsTold_onlyAdministratorsReadIt() throws Exception {
        reviewing.member(RITA, "US", "INDUSTRY", true);
        String author = reviewing.member("EU", "CIVIL_SOCIETY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        UUID comment = commenting.submit(round, new Commenting.Draft("1", null, null, "ge",
                "Call Jane on +1 555 0100", null), author);

        assertThatThrownBy(() -> commenting.hide(round, comment, " ", "mo")).isInstanceOf(RuleViolation.class)
                .extracting("field").isEqualTo("reason");
        commenting.hide(round, comment, "Personal data", "mo");
        given().when().get("/api/rounds/" + round + "/comments/" + comment).then().statusCode(200)
                .body("hidden", equalTo(true)).body("hiddenReason", equalTo("Personal data"))
                .body("text", nullValue());
        given().when().get("/rounds/" + round).then().body(containsString("Hidden by a moderator on"))
                .body(not(containsString("555 0100")));
        assertThat(reviewing.count("select count(*) from review.comment where id = '" + comment
                + "' and text like '%555 0100%'")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> new KafkaTopics(bootstrapServers)
                .readAll("accord.review.v1").stream().anyMatch(record -> record.value().contains(comment.toString())
                        && record.value().contains("Personal data") && record.value().contains(author)
                        && !record.value().contains("555 0100")));
    }

    @Test
    @TestSecurity(user = "admin.review", roles = {"member", "admin"})
    void administratorsStillReadAHiddenComment() throws Exception {
        String author = reviewing.member("EU", "CIVIL_SOCIETY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        UUID comment = commenting.submit(round, new Commenting.Draft("1", null, null, "ge", "Abusive words", null),
                author);
        commenting.hide(round, comment, "Abuse", "mo");
        given().when().get("/api/rounds/" + round + "/comments/" + comment).then().statusCode(200)
                .body("hidden", equalTo(true)).body("text", equalTo("Abusive words"));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void aModeratorExtendsARoundWithAReason_neverBackwards_andNeverOnceClosed() throws Exception {
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        Instant later = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        String api = "/api/rounds/" + round + "/extension";

        given().contentType(ContentType.JSON).body(Map.of("closesAt", Instant.now().plus(Duration.ofDays(1))
                .toString(), "reason", "Shorter")).when().post(api).then().statusCode(400)
                .body("field", equalTo("closesAt"));
        given().contentType(ContentType.JSON).body(Map.of("closesAt", later.toString())).when().post(api).then()
                .statusCode(400).body("field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("closesAt", later.toString(), "reason",
                "Members asked for time over the holidays")).when().post(api).then().statusCode(200)
                .body("closesAt", equalTo(later.toString())).body("extensions[0].reason",
                        equalTo("Members asked for time over the holidays"));
        rounds.close(round, "Done early", "mo");
        given().contentType(ContentType.JSON).body(Map.of("closesAt", later.plus(Duration.ofDays(1)).toString(),
                "reason", "Again")).when().post(api).then().statusCode(409);
        assertThat(events(round, "CommentRoundExtended")).isEqualTo(1);
    }

    @Test
    void commentsRacingTheClose_areEachEitherInTheRoundsCountOrRefused() throws Exception {
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            authors.add(reviewing.member(i % 2 == 0 ? "US" : "EU", "INDUSTRY", true));
        }
        ExecutorService writers = Executors.newFixedThreadPool(5);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (String author : authors) {
                work.add(writers.submit(() -> {
                    for (int n = 0; n < 15; n++) {
                        try {
                            commenting.submit(round, new Commenting.Draft("1", null, null, "te", "Race " + n, null),
                                    author);
                            accepted.incrementAndGet();
                        } catch (RuleViolation closed) {
                            refused.incrementAndGet();
                        }
                    }
                }));
            }
            Thread.sleep(50);
            work.add(writers.submit(() -> rounds.close(round, "Closing while comments arrive", "mo")));
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            writers.shutdown();
        }

        assertThat(accepted.get() + refused.get()).isEqualTo(60);
        assertThat(reviewing.commentsIn(round)).isEqualTo(accepted.get());
        assertThat(reviewing.count("select count(*) from review.outbox where subject = '" + round
                + "' and event_type = 'accord.review.CommentRoundClosed.v1' and payload like '%\"comments\":"
                + accepted.get() + ",%'")).isEqualTo(1);
        assertThat(reviewing.count("select count(*) from review.comment c join review.round r on r.id = c.round_id"
                + " where r.id = '" + round + "' and c.created_at > r.closed_at")).isZero();
    }

    private void twoTicksAtOnce() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> ticks = List.of(instances.submit(clock::tick), instances.submit(clock::tick));
            for (Future<?> tick : ticks) {
                tick.get();
            }
        } finally {
            instances.shutdown();
        }
    }

    private String status(UUID round) throws Exception {
        for (String status : List.of("SCHEDULED", "OPEN", "CLOSED")) {
            if (reviewing.count("select count(*) from review.round where id = '" + round + "' and status = '"
                    + status + "'") == 1) {
                return status;
            }
        }
        return "none";
    }

    private long events(UUID round, String type) throws Exception {
        return reviewing.count("select count(*) from review.outbox where subject = '" + round
                + "' and event_type = 'accord.review." + type + ".v1'");
    }
}
