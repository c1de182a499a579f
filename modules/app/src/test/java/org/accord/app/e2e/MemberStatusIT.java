package org.accord.app.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.testing.AccordIntegrationStack;
import org.accord.testing.InjectStack;
import org.accord.testing.KeycloakServer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A member suspended by an administrator keeps the token they were issued before, and tries to write with it: every
 * write is refused from the moment the suspension is recorded, and nothing they send is stored.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AccordIntegrationStack.class, restrictToAnnotatedClass = true)
class MemberStatusIT {

    @InjectStack
    KeycloakServer keycloak;

    @Test
    void suspendedMember_withATokenFromBefore_isRefusedEveryWrite_andNothingIsStored() {
        Accounts.Admitted member = Accounts.admit(keycloak, "US", "ACADEMIA", List.of("editor"));
        String token = member.token(keycloak);
        String standard = as(token).body(Map.of("reference", "SUS " + UUID.randomUUID().toString().substring(0, 6),
                "title", "Suspension test", "scope", "")).when().post("/api/standards").then().statusCode(201)
                .extract().path("id");
        String clause = as(token).body(Map.of("kind", "CLAUSE", "heading", "Scope", "text", "Before.")).when()
                .post("/api/standards/" + standard + "/clauses").then().statusCode(201).extract().path("id");
        String revision = as(token).when().get("/api/standards/" + standard + "/clauses/" + clause).then()
                .statusCode(200).extract().path("clause.revisionId");
        String ballot = ballotTheMemberMayVoteIn(token);
        as(token).body(Map.of("position", "APPROVE")).when().put("/api/ballots/" + ballot + "/vote").then()
                .statusCode(200);

        as(Tokens.forUser(keycloak, "ada")).body(Map.of("reason", "Breach of the code of conduct")).when()
                .post("/api/members/" + member.memberId() + "/suspension").then().statusCode(200);

        // No waiting: the first write after the suspension is already refused.
        refused(as(token).body(Map.of("position", "DISAPPROVE", "reason", "Changed my mind")).when()
                .put("/api/ballots/" + ballot + "/vote").then());
        refused(as(token).body(Map.of("text", "Suggested.", "reason", "Better")).when()
                .post("/api/standards/" + standard + "/clauses/" + clause + "/suggestions").then());
        refused(as(token).body(Map.of("baseRevisionId", revision, "heading", "Scope", "text", "After.",
                "rationale", "Edit")).when().put("/api/standards/" + standard + "/clauses/" + clause).then());
        refused(as(token).body(Map.of("kind", "CLAUSE", "heading", "More")).when()
                .post("/api/standards/" + standard + "/clauses").then());
        refused(as(token).body(Map.of("fullName", "Someone Else", "affiliation", "Elsewhere")).when()
                .put("/api/members/me/profile").then());
        refused(as(token).body(Map.of("text", "I advise a model vendor.")).when()
                .post("/api/members/me/conflicts-of-interest").then());

        String ada = Tokens.forUser(keycloak, "ada");
        as(ada).when().get("/api/ballots/" + ballot).then().statusCode(200)
                .body("votes.find { it.memberId == '" + member.memberId() + "' }.position", equalTo("APPROVE"));
        as(ada).when().get("/api/standards/" + standard).then().statusCode(200).body("clauses.size()", equalTo(1))
                .body("clauses[0].text", equalTo("Before."));
        as(ada).when().get("/api/standards/" + standard + "/suggestions").then().statusCode(200).body("items", empty());
        as(ada).when().get("/api/members/" + member.memberId()).then().statusCode(200)
                .body("member.fullName", equalTo("Casey Newmember")).body("declarations", empty());
    }

    /** A roll-call ballot opened once voting knows the member, so they are among its eligible voters. */
    private String ballotTheMemberMayVoteIn(String memberToken) {
        String moderator = Tokens.forUser(keycloak, "mo");
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            String ballot = as(moderator).body(Map.of("question", "Shall we meet online?", "closesAt",
                    Instant.now().plus(Duration.ofDays(1)).toString())).when().post("/api/ballots").then()
                    .statusCode(201).extract().path("id");
            List<String> mine = as(memberToken).when().get("/api/ballots/mine").then().statusCode(200).extract()
                    .path("items.id");
            return mine.contains(ballot) ? ballot : null;
        }, notNullValue());
    }

    private static void refused(io.restassured.response.ValidatableResponse response) {
        response.statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Your membership is suspended (Breach of the code of conduct)"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
