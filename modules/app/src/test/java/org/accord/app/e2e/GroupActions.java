package org.accord.app.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * What the group does, through the API of whichever instance a test names, with real tokens: the editor {@code eli}
 * drafts, the moderator {@code mo} runs ballots and rounds, admitted members vote and comment.
 */
final class GroupActions {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private GroupActions() {
    }

    static RequestSpecification as(PackagedApp app, String token) {
        return given().baseUri(app.url("/").toString()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String standard(PackagedApp app, String editor, String reference) {
        return as(app, editor).body(Map.of("reference", reference, "title", "Open models", "scope",
                "Openness of AI models")).when().post("/api/standards").then().statusCode(201).extract().path("id");
    }

    /** @return the HTTP status, 201 when the clause was written */
    static int clause(PackagedApp app, String editor, String standard, String heading) {
        return as(app, editor).body(Map.of("kind", "CLAUSE", "heading", heading, "text", heading + " applies."))
                .when().post("/api/standards/" + standard + "/clauses").then().extract().statusCode();
    }

    /** Publishes the standard's draft as a version and returns its id. */
    static String publish(PackagedApp app, String editor, String standard) {
        return as(app, editor).when().post("/api/standards/" + standard + "/versions").then().statusCode(201)
                .extract().path("id");
    }

    /**
     * A roll-call ballot open now until {@code closesAt}, whose voters include all of {@code voters}: a ballot's
     * electorate is fixed when it opens, so one opened before voting heard of a voter is cancelled and opened again.
     */
    static String ballotFor(PackagedApp app, String moderator, List<String> voters, Instant closesAt) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            String ballot = openBallot(app, moderator, "Ballot " + Instant.now().toEpochMilli(), null, closesAt);
            boolean all = voters.stream().allMatch(voter -> as(app, voter).when().get("/api/ballots/" + ballot)
                    .then().statusCode(200).extract().<Boolean> path("mayVote"));
            if (!all) {
                as(app, moderator).body(Map.of("reason", "Not every voter is known yet")).when()
                        .post("/api/ballots/" + ballot + "/cancellation").then().statusCode(200);
                return null;
            }
            return ballot;
        }, Objects::nonNull);
    }

    static String openBallot(PackagedApp app, String moderator, String title, Instant opensAt, Instant closesAt) {
        Map<String, Object> request = new HashMap<>(Map.of("title", title, "question", "Shall we agree?",
                "closesAt", closesAt.toString()));
        if (opensAt != null) {
            request.put("opensAt", opensAt.toString());
        }
        return as(app, moderator).body(request).when().post("/api/ballots").then().statusCode(201).extract()
                .path("id");
    }

    /** @return the HTTP status, 200 when the vote was recorded; a disapproval needs its reason */
    static int vote(PackagedApp app, String voter, String ballot, String position) {
        return as(app, voter).body(Map.of("position", position, "reason", "Read it twice")).when()
                .put("/api/ballots/" + ballot + "/vote").then()
                .extract().statusCode();
    }

    static void closeBallot(PackagedApp app, String moderator, String ballot) {
        as(app, moderator).body(Map.of("reason", "Everyone has voted")).when().post("/api/ballots/" + ballot
                + "/closure").then().statusCode(200);
    }

    /** A comment round on the version, once review has heard of it. */
    static String round(PackagedApp app, String moderator, String version, Instant opensAt, Instant closesAt) {
        Map<String, Object> request = new HashMap<>(Map.of("draftVersionId", version, "title",
                "Round " + Instant.now().toEpochMilli(), "closesAt", closesAt.toString()));
        if (opensAt != null) {
            request.put("opensAt", opensAt.toString());
        }
        return await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            var opened = as(app, moderator).body(request).when().post("/api/rounds").then().extract();
            return opened.statusCode() == 201 ? opened.<String> path("id") : null;
        }, Objects::nonNull);
    }

    /** @return the HTTP status, 201 when the comment was submitted */
    static int comment(PackagedApp app, String member, String round, String text) {
        return as(app, member).body(Map.of("clause", "1", "type", "te", "text", text)).when()
                .post("/api/rounds/" + round + "/comments").then().extract().statusCode();
    }

    static void closeRound(PackagedApp app, String moderator, String round) {
        as(app, moderator).body(Map.of("reason", "Enough comments")).when().post("/api/rounds/" + round
                + "/closure").then().statusCode(200);
    }
}
