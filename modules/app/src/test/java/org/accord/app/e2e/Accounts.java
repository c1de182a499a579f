package org.accord.app.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.testing.KeycloakServer;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** New members admitted through the API, with real Keycloak accounts they have signed in to once. */
final class Accounts {

    /** A member who can sign in with {@code password}. */
    record Admitted(String memberId, String email, String password) {

        String token(KeycloakServer keycloak) {
            return token(keycloak.realmUrl());
        }

        String token(String realmUrl) {
            return Tokens.forUser(realmUrl, email, password);
        }
    }

    private Accounts() {
    }

    /**
     * Admits a member as {@code ada} and does what the member does on first sign-in: set a password, verify. Returns
     * once the member's token carries their roles, which membership grants after the admission is stored.
     */
    static Admitted admit(KeycloakServer keycloak, String side, String group, List<String> roles) {
        return admit(given(), keycloak.realmUrl(), keycloak.url(), side, group, roles);
    }

    /** The same, through one instance of the packaged application, with the realm and Keycloak at these addresses. */
    static Admitted admit(PackagedApp through, String realmUrl, String keycloakUrl, String side, String group) {
        return admit(given().baseUri(through.url("/").toString()), realmUrl, keycloakUrl, side, group, List.of());
    }

    private static Admitted admit(RequestSpecification request, String realmUrl, String keycloakUrl, String side,
            String group, List<String> roles) {
        String email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String memberId = request.auth().oauth2(Tokens.forUser(realmUrl, "ada", Tokens.DEMO_PASSWORD))
                .contentType(ContentType.JSON)
                .body(Map.of("email", email, "fullName", "Casey Newmember", "affiliation", "Open Models Lab", "side",
                        side, "stakeholderGroup", group, "roles", roles, "votingRights", true, "reason",
                        "Nominated by the caucus"))
                .when().post("/api/members").then().statusCode(201).extract().path("member.id");
        String password = "signed-in-" + UUID.randomUUID().toString().substring(0, 8);
        completeFirstSignIn(keycloakUrl, (String) account(keycloakUrl, email).get("id"), password);
        Admitted admitted = new Admitted(memberId, email, password);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(Tokens.roles(admitted.token(realmUrl))).contains("member")
                        .containsAll(roles));
        return admitted;
    }

    static Map<String, Object> account(KeycloakServer keycloak, String email) {
        return account(keycloak.url(), email);
    }

    private static Map<String, Object> account(String keycloakUrl, String email) {
        List<Map<String, Object>> found = given().auth().oauth2(Tokens.keycloakAdmin(keycloakUrl))
                .queryParam("email", email).queryParam("exact", true).when()
                .get(keycloakUrl + "/admin/realms/accord/users").then().statusCode(200).extract().path("$");
        return found.isEmpty() ? null : found.get(0);
    }

    /** What the person does through the email Keycloak sends them: set a password, verify the address. */
    static void completeFirstSignIn(KeycloakServer keycloak, String accountId, String password) {
        completeFirstSignIn(keycloak.url(), accountId, password);
    }

    private static void completeFirstSignIn(String keycloakUrl, String accountId, String password) {
        String admin = Tokens.keycloakAdmin(keycloakUrl);
        String user = keycloakUrl + "/admin/realms/accord/users/" + accountId;
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false)).when()
                .put(user + "/reset-password").then().statusCode(204);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("requiredActions", List.of(), "emailVerified", true)).when().put(user).then()
                .statusCode(204);
    }
}
