package org.accord.app.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.accord.testing.KeycloakServer;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Demo accounts admitted as voting members through the API, and the wait until voting has heard of them. */
final class Voters {

    private Voters() {
    }

    /**
     * Admits the demo account of this address as a voting member, unless it was admitted before.
     *
     * @return whether it was admitted now
     */
    static boolean admit(KeycloakServer keycloak, String email, String side, String group, String reason) {
        int status = given().auth().oauth2(Tokens.forUser(keycloak, "ada")).contentType(ContentType.JSON)
                .body(Map.of("email", email, "fullName", email.substring(0, 3).toUpperCase() + " Voter", "affiliation",
                        "Demo", "side", side, "stakeholderGroup", group, "roles", List.of(), "votingRights", true,
                        "reason", reason))
                .when().post("/api/members").then().extract().statusCode();
        assertThat(status).as("admitted, or admitted before").isIn(201, 409);
        return status == 201;
    }

    /** Voting learns of members from events; a probe ballot shows when at least this many voters are known. */
    static void awaitKnownToVoting(KeycloakServer keycloak, int voters) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        while (Instant.now().isBefore(deadline)) {
            if (knownToVoting(keycloak) >= voters) {
                return;
            }
            sleep();
        }
        throw new AssertionError("Voting did not learn of " + voters + " admitted voters within 150 s");
    }

    /** How many members may vote in a ballot opened now: a probe ballot, cancelled at once, tells. */
    static int knownToVoting(KeycloakServer keycloak) {
        String moderator = Tokens.forUser(keycloak, "mo");
        String probe = given().auth().oauth2(moderator).contentType(ContentType.JSON)
                .body(Map.of("title", "Probe", "question", "Probe", "closesAt",
                        Instant.now().plus(Duration.ofDays(1)).toString()))
                .when().post("/api/ballots").then().statusCode(201).extract().path("id");
        int eligible = given().auth().oauth2(moderator).when().get("/api/ballots/" + probe).then().statusCode(200)
                .extract().path("eligible");
        given().auth().oauth2(moderator).contentType(ContentType.JSON).body(Map.of("reason", "Probe")).when()
                .post("/api/ballots/" + probe + "/cancellation").then().statusCode(200);
        return eligible;
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
