package org.accord.app.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.accord.testing.KeycloakServer;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Standards taken through the group's process over the API with real tokens: the editor {@code eli} writes and
 * publishes, the moderator {@code mo} runs the ballot and moves the standard on by it, members admitted for the purpose
 * vote.
 */
final class Drafts {

    /** A standard, its latest version and its clauses in order. */
    record Draft(String reference, String standardId, String versionId, List<String> clauses) {
    }

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Drafts() {
    }

    /** Three clauses written by the editor, published as WD 1, moved to committee draft and published as CD 1. */
    static Draft committeeDraft(KeycloakServer keycloak, String referencePrefix) {
        String editor = Tokens.forUser(keycloak, "eli");
        String reference = referencePrefix + " " + UUID.randomUUID().toString().substring(0, 6);
        String standard = as(editor).body(Map.of("reference", reference, "title", "Open models", "scope",
                "Openness of AI models")).when().post("/api/standards").then().statusCode(201).extract().path("id");
        List<String> clauses = List.of(clause(editor, standard, "Scope", "This standard covers open models."),
                clause(editor, standard, "Terms", "AI: artificial intelligence."),
                clause(editor, standard, "Requirements", "Weights are published."));
        as(editor).when().post("/api/standards/" + standard + "/versions").then().statusCode(201);
        as(editor).body(Map.of("stage", "COMMITTEE_DRAFT", "reason", "Ready for the committee")).when()
                .post("/api/standards/" + standard + "/stage").then().statusCode(200);
        var version = as(editor).when().post("/api/standards/" + standard + "/versions").then().statusCode(201)
                .extract();
        assertThat(version.<String> path("label")).as("the committee draft's version").isEqualTo("CD 1");
        return new Draft(reference, standard, version.path("id"), clauses);
    }

    /** A committee draft whose CD 1 a ballot passed, moved by that ballot to consensus draft. */
    static Draft consensusDraft(KeycloakServer keycloak, String referencePrefix) {
        Draft draft = committeeDraft(keycloak, referencePrefix);
        String moderator = Tokens.forUser(keycloak, "mo");
        String ballot = passedBallot(keycloak, moderator, draft.versionId());
        await().atMost(PATIENCE).untilAsserted(() -> as(moderator).when().get("/api/standards/" + draft.standardId())
                .then().statusCode(200).body("carryingBallots", hasItem(ballot)));
        as(moderator).body(Map.of("stage", "CONSENSUS_DRAFT", "reason", "The committee draft ballot passed", "ballotId",
                ballot)).when().post("/api/standards/" + draft.standardId() + "/stage").then().statusCode(200)
                .body("stage", equalTo("CONSENSUS_DRAFT"));
        return draft;
    }

    /** A simple-majority ballot on the version that a US and an EU member approve, closed early by the moderator. */
    private static String passedBallot(KeycloakServer keycloak, String moderator, String versionId) {
        List<String> voters = List.of(Accounts.admit(keycloak, "US", "INDUSTRY", List.of()).token(keycloak),
                Accounts.admit(keycloak, "EU", "ACADEMIA", List.of()).token(keycloak));
        String ballot = await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> ballotAllVotedIn(moderator, versionId, voters), Objects::nonNull);
        as(moderator).body(Map.of("reason", "Every member who meant to vote has voted")).when()
                .post("/api/ballots/" + ballot + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("passed", equalTo(true));
        return ballot;
    }

    /**
     * Opens a ballot and has each voter approve; null, with the ballot cancelled, while voting has not yet heard of the
     * version or of every voter, since a ballot's electorate is fixed when it opens.
     */
    private static String ballotAllVotedIn(String moderator, String versionId, List<String> voters) {
        var opened = as(moderator).body(Map.of("draftVersionId", versionId, "rule", Map.of("preset",
                "SIMPLE_MAJORITY"), "closesAt", Instant.now().plus(Duration.ofDays(7)).toString(), "secret", false))
                .when().post("/api/ballots").then().extract();
        if (opened.statusCode() != 201) {
            return null;
        }
        String ballot = opened.path("id");
        boolean allVoted = voters.stream().allMatch(voter -> as(voter).body(Map.of("position", "APPROVE")).when()
                .put("/api/ballots/" + ballot + "/vote").then().extract().statusCode() == 200);
        if (!allVoted) {
            as(moderator).body(Map.of("reason", "Not every voter could vote yet")).when()
                    .post("/api/ballots/" + ballot + "/cancellation").then().statusCode(200);
            return null;
        }
        return ballot;
    }

    private static String clause(String token, String standard, String heading, String text) {
        return as(token).body(Map.of("kind", "CLAUSE", "heading", heading, "text", text)).when()
                .post("/api/standards/" + standard + "/clauses").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
