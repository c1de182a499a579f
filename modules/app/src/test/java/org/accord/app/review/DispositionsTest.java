package org.accord.app.review;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.drafting.internal.app.StageChanging;
import org.accord.platform.errors.RuleViolation;
import org.accord.review.internal.app.Actor;
import org.accord.review.internal.app.Commenting;
import org.accord.review.internal.app.Disposing;
import org.accord.review.internal.app.RoundAdministration;
import org.accord.review.internal.app.RoundClock;
import org.accord.testing.AccordTestStack;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class DispositionsTest {

    private static final String CAROL = "carol.review@example.org";

    @Inject
    Reviewing reviewing;
    @Inject
    RoundAdministration rounds;
    @Inject
    Commenting commenting;
    @Inject
    RoundClock clock;
    @Inject
    Disposing disposing;
    @Inject
    StageChanging stages;

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void editorsDisposeOfDuplicatesTogether_linkTheRevision_andReasonsAreRequired() throws Exception {
        String us = reviewing.member("US", "INDUSTRY", true);
        String eu = reviewing.member("EU", "ACADEMIA", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        UUID first = commenting.submit(round, new Commenting.Draft("2", 1, null, "te", "Define 'model'", null), us);
        UUID duplicate = commenting.submit(round, new Commenting.Draft("2", 1, null, "te", "'Model' is undefined",
                null), eu);
        UUID third = commenting.submit(round, new Commenting.Draft("general", null, null, "ge", "Too long", null),
                eu);
        String api = "/api/rounds/" + round;

        given().contentType(ContentType.JSON).body(Map.of("commentIds", List.of(first), "decision", "NOTED",
                "observations", "Too early")).when()
                .post(api + "/dispositions").then().statusCode(409).body("detail", containsString("closed"));
        rounds.close(round, "Time to answer", "mo");
        given().contentType(ContentType.JSON).body(Map.of("commentIds", List.of(first), "decision", "REJECTED"))
                .when().post(api + "/dispositions").then().statusCode(400).body("field", equalTo("observations"));
        given().contentType(ContentType.JSON).body(Map.of("commentIds", List.of(first), "decision", "MAYBE"))
                .when().post(api + "/dispositions").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("commentIds", List.of(first), "decision", "ACCEPTED",
                "revisionIds", List.of(UUID.randomUUID()))).when().post(api + "/dispositions").then()
                .statusCode(400).body("field", equalTo("revisionIds"));
        assertThat(reviewing.count("select count(*) from review.disposition where round_id = '" + round + "'"))
                .isZero();

        UUID clause = draft.clauses().get(1);
        UUID revision = reviewing.editing().revise(Reviewing.EDITOR, draft.standardId(), clause,
                reviewing.currentRevision(clause), "Terms", "A model is a trained artefact.", "Defines model");
        await().atMost(Duration.ofSeconds(30)).until(() -> reviewing.count("select count(*) from"
                + " review.clause_revision where id = '" + revision + "'") == 1);
        given().contentType(ContentType.JSON).body(Map.of("commentIds", List.of(first, duplicate), "decision",
                "ACCEPTED_IN_PRINCIPLE", "modification", "Defined in clause 2 instead", "observations",
                "Both comments asked for it", "revisionIds", List.of(revision))).when().post(api + "/dispositions")
                .then().statusCode(201);

        given().when().get(api + "/comments/" + duplicate).then().statusCode(200)
                .body("disposition.decision", equalTo("ACCEPTED_IN_PRINCIPLE"))
                .body("disposition.answers", equalTo(List.of(1, 2)))
                .body("disposition.revisions.revisionId", hasItem(revision.toString()));
        given().when().get(api).then().body("counts.awaitingDisposition", equalTo(1));
        given().when().get("/rounds/" + round + "/comments/" + first).then().statusCode(200)
                .body(containsString("/standards/" + draft.standardId() + "/clauses/" + clause));
        given().contentType(ContentType.JSON).body(Map.of("commentIds", List.of(third), "decision", "NOTED",
                "observations", "Noted for the next edition")).when().post(api + "/dispositions").then()
                .statusCode(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> reviewing.count("select count(*) from review.outbox"
                + " where subject = '" + round + "' and event_type = 'accord.review.CommentDisposed.v1'"
                + " and payload like '%\"undisposed\":0%'") == 1);
    }

    @Test
    @TestSecurity(user = CAROL, roles = "member")
    void commentersSayWhetherADispositionSatisfiesThem_objectionsAreListed() throws Exception {
        reviewing.member(CAROL, "EU", "CIVIL_SOCIETY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        UUID comment = commenting.submit(round, new Commenting.Draft("3", null, null, "te", "Add audits", null),
                CAROL);
        String api = "/api/rounds/" + round + "/comments/" + comment;
        given().contentType(ContentType.JSON).body(Map.of("satisfied", false, "reason", "Nothing yet")).when()
                .post(api + "/response").then().statusCode(409);
        rounds.close(round, "Answering", "mo");
        given().contentType(ContentType.JSON).body(Map.of("commentIds", List.of(comment), "decision", "REJECTED",
                "observations", "Out of scope")).when().post("/api/rounds/" + round
                        + "/dispositions")
                .then().statusCode(403);
        disposing.dispose(round, new Disposing.Answer(List.of(comment), "REJECTED", null, "Out of scope", List.of()),
                new Actor("eli", Set.of("member", "editor")));

        given().contentType(ContentType.JSON).body(Map.of("satisfied", false)).when().post(api + "/response").then()
                .statusCode(400).body("field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("satisfied", false, "reason", "Audits are essential"))
                .when().post(api + "/response").then().statusCode(200).body("response.satisfied", equalTo(false));
        given().when().get("/api/rounds/" + round).then().body("counts.objections", equalTo(1));
        given().when().get("/rounds/" + round).then().body(containsString("Audits are essential"));
    }

    @Test
    @TestSecurity(user = CAROL, roles = "member")
    void commentsAreCarriedToTheNextVersion_byStableClauseId() throws Exception {
        reviewing.member(CAROL, "EU", "CIVIL_SOCIETY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID first = reviewing.round(draft.versionId(), true);
        UUID onScope = commenting.submit(first, new Commenting.Draft("1", null, null, "ed", "On scope", null), CAROL);
        UUID onTerms = commenting.submit(first, new Commenting.Draft("2", null, null, "te", "On terms", null), CAROL);
        rounds.close(first, "Next draft", "mo");
        reviewing.editing().remove(Reviewing.EDITOR, draft.standardId(), draft.clauses().get(0), "Scope merged");
        UUID next = reviewing.published(draft.standardId());
        UUID second = reviewing.round(next, true);

        given().when().get("/api/rounds/" + first + "/comments/" + onTerms).then().body("numberNow", equalTo("1"));
        given().when().get("/api/rounds/" + first + "/comments/" + onScope).then().body("removedIn",
                equalTo("CD 2"));
        given().when().get("/api/rounds/" + second + "/carried").then().statusCode(200).body("", hasSize(2))
                .body("find { it.commentId == '" + onTerms + "' }.numberHere", equalTo("1"))
                .body("find { it.commentId == '" + onScope + "' }.numberHere", nullValue())
                .body("find { it.commentId == '" + onScope + "' }.removedIn", equalTo("CD 2"));
        given().when().get("/rounds/" + first).then().body(containsString("clause removed in CD 2"));
    }

    @Test
    void theStandardWaitsPastCommitteeDraft_untilEveryCommentOfItsClosedRoundHasADisposition() throws Exception {
        String member = reviewing.member("US", "ACADEMIA", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        UUID comment = commenting.submit(round, new Commenting.Draft("1", null, null, "te", "Narrow the scope", null),
                member);
        rounds.close(round, "Review done", "mo");
        org.accord.drafting.internal.app.Actor moderator = new org.accord.drafting.internal.app.Actor("mo",
                Set.of("member", "moderator"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThatThrownBy(() -> stages.change(moderator,
                draft.standardId(), "CONSENSUS_DRAFT", "Ready", null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Comments on the draft").hasMessageContaining("1 comment without a"));

        UUID clause = draft.clauses().get(0);
        UUID revision = reviewing.editing().revise(Reviewing.EDITOR, draft.standardId(), clause,
                reviewing.currentRevision(clause), "Scope", "A narrower scope.", "Answers the comment",
                List.of(comment));
        await().atMost(Duration.ofSeconds(30)).until(() -> reviewing.count("select count(*) from"
                + " review.revision_answer where revision_id = '" + revision + "' and comment_id = '" + comment
                + "'") == 1);
        disposing.dispose(round, new Disposing.Answer(List.of(comment), "ACCEPTED", null, null, List.of(revision)),
                new Actor("eli", Set.of("member", "editor")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThatThrownBy(() -> stages.change(moderator,
                draft.standardId(), "CONSENSUS_DRAFT", "Ready", null)).isInstanceOf(RuleViolation.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain("without a disposition")));
    }

    @Test
    void aRoundIsFlagged_whenASideWithVotingMembersIsSilentInItsLastFifth() throws Exception {
        reviewing.member("EU", "INDUSTRY", true);
        String us = reviewing.member("US", "INDUSTRY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        commenting.submit(round, new Commenting.Draft("1", null, null, "te", "US view", null), us);
        reviewing.execute("update review.round set opens_at = now() - interval '9 days', closes_at = now()"
                + " + interval '1 day' where id = '" + round + "'");
        clock.tick();
        clock.tick();
        assertThat(reviewing.count("select count(*) from review.outbox where subject = '" + round
                + "' and event_type = 'accord.review.CommentRoundUnbalanced.v1' and payload like '%EU%'"))
                .isEqualTo(1);
        assertThat(reviewing.count("select count(*) from review.round where id = '" + round
                + "' and silent_sides like '%EU%' and silent_sides not like '%US%'")).isEqualTo(1);
    }
}
