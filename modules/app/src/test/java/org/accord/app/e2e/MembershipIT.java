package org.accord.app.e2e;

import java.time.Duration;
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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Membership keeps the real Keycloak in step: accounts, roles in the next token, refusals. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AccordIntegrationStack.class, restrictToAnnotatedClass = true)
class MembershipIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @InjectStack
    KeycloakServer keycloak;

    @Test
    @SuppressWarnings("unchecked")
    void admission_createsAnAccountThatSignsInWithItsRoles_andARoleChangeShowsInTheNextToken() {
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String memberId = given().auth().oauth2(Tokens.forUser(keycloak, "ada")).contentType(ContentType.JSON)
                .body(admission(email, "US")).when().post("/api/members").then().statusCode(201).extract()
                .path("member.id");

        Map<String, Object> account = account(email);
        assertThat(account).isNotNull();
        assertThat((List<Object>) account.get("requiredActions")).contains("UPDATE_PASSWORD", "VERIFY_EMAIL");
        Accounts.completeFirstSignIn(keycloak, (String) account.get("id"), "first-sign-in-done");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Tokens.roles(Tokens.forUser(keycloak, email,
                "first-sign-in-done"))).contains("member", "editor").doesNotContain("moderator"));
        given().auth().oauth2(Tokens.forUser(keycloak, email, "first-sign-in-done")).when().get("/api/members/me")
                .then().statusCode(200)
                .body("member.id", equalTo(memberId)).body("member.roles", contains("member", "editor"));

        given().auth().oauth2(Tokens.forUser(keycloak, "ada")).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("moderator"), "reason", "Will run the comment rounds")).when()
                .put("/api/members/" + memberId + "/roles").then().statusCode(200);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Tokens.roles(Tokens.forUser(keycloak, email,
                "first-sign-in-done"))).contains("member", "moderator").doesNotContain("editor"));

        given().auth().oauth2(Tokens.forUser(keycloak, "ada")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Testing suspension")).when().post("/api/members/" + memberId + "/suspension")
                .then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> given().formParam("grant_type", "password")
                .formParam("client_id", "accord-cli").formParam("username", email)
                .formParam("password", "first-sign-in-done").when()
                .post(keycloak.realmUrl() + "/protocol/openid-connect/token").then().statusCode(400));
    }

    @Test
    void adminActions_asMemberEditorOrModerator_areForbidden() {
        for (String user : List.of("uma", "eli", "mo")) {
            String email = "forbidden-" + user + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
            given().auth().oauth2(Tokens.forUser(keycloak, user)).contentType(ContentType.JSON)
                    .body(admission(email, "EU")).when().post("/api/members").then().statusCode(403)
                    .contentType("application/problem+json");
            assertThat(account(email)).isNull();
        }
    }

    @Test
    void refusedAdmission_createsNoAccountEither() {
        String email = "refused-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        given().auth().oauth2(Tokens.forUser(keycloak, "ada")).contentType(ContentType.JSON)
                .body(admission(email, "ATLANTIS")).when().post("/api/members").then().statusCode(400)
                .body("field", equalTo("side"));
        assertThat(account(email)).isNull();
        given().auth().oauth2(Tokens.forUser(keycloak, "ada")).contentType(ContentType.JSON)
                .body(admission(email, "OBSERVER")).when().post("/api/members").then().statusCode(400)
                .body("field", equalTo("votingRights"));
        assertThat(account(email)).isNull();
    }

    private static Map<String, Object> admission(String email, String side) {
        return Map.of("email", email, "fullName", "Casey Newmember", "affiliation", "Open Models Lab", "side", side,
                "stakeholderGroup", "INDUSTRY", "roles", List.of("editor"), "votingRights", true, "reason",
                "Nominated by the industry caucus");
    }

    private Map<String, Object> account(String email) {
        return Accounts.account(keycloak, email);
    }
}
