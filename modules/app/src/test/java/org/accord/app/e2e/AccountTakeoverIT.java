package org.accord.app.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.accord.testing.AccordIntegrationStack;
import org.accord.testing.InjectStack;
import org.accord.testing.KeycloakServer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Someone tries to receive the roles meant for a person about to be admitted, by putting that person's email on an
 * account; and Keycloak is away while membership changes. Roles reach an account only from what membership stored.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AccordIntegrationStack.class, restrictToAnnotatedClass = true)
class AccountTakeoverIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @InjectStack
    KeycloakServer keycloak;

    @Test
    void upcomingMembersEmail_onAnotherAccount_neverBringsThatAccountTheirRoles() {
        Accounts.Admitted attacker = Accounts.admit(keycloak, "US", "INDUSTRY", List.of());
        String upcoming = "upcoming-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        given().auth().oauth2(attacker.token(keycloak)).contentType(ContentType.JSON)
                .body(Map.of("username", attacker.email(), "email", upcoming, "firstName", "Casey", "lastName",
                        "Newmember"))
                .when().post(keycloak.realmUrl() + "/account").then().statusCode(400);
        assertThat(Accounts.account(keycloak, upcoming)).isNull();

        String squatterName = "squatter-" + UUID.randomUUID().toString().substring(0, 8);
        String squatter = createAccount(squatterName, upcoming, false);
        asAda().body(admission(upcoming, "moderator")).when().post("/api/members").then().statusCode(409)
                .contentType("application/problem+json").body("field", equalTo("email"))
                .body("detail", containsString("has not verified the address"));
        asAda().queryParam("q", upcoming).when().get("/api/members").then().statusCode(200)
                .body("items.size()", equalTo(0));
        assertThat(Tokens.roles(Tokens.forUser(keycloak, squatterName, "squatting")))
                .doesNotContain("member", "moderator");

        // The operator removes the account nobody verified; the person admitted next gets an account of their own.
        given().auth().oauth2(Tokens.keycloakAdmin(keycloak)).when().delete(users() + "/" + squatter).then()
                .statusCode(204);
        asAda().body(admission(upcoming, "moderator")).when().post("/api/members").then().statusCode(201);
        String accountId = (String) Accounts.account(keycloak, upcoming).get("id");
        assertThat(accountId).isNotEqualTo(squatter);
        Accounts.completeFirstSignIn(keycloak, accountId, "the-real-person");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Tokens.roles(Tokens.forUser(keycloak, upcoming,
                "the-real-person"))).contains("member", "moderator"));
        assertThat(Tokens.roles(attacker.token(keycloak))).doesNotContain("moderator");
    }

    @Test
    void racingAdmissionsOfOneVerifiedAccount_leaveOnlyTheStoredOnesRolesOnIt() throws Exception {
        String email = "racing-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String accountId = createAccount(email, email, true);
        List<String> roleChoices = List.of("editor", "moderator", "liaison", "admin");
        List<Callable<Integer>> admissions = new ArrayList<>();
        String ada = Tokens.forUser(keycloak, "ada");
        for (String role : roleChoices) {
            admissions.add(() -> given().auth().oauth2(ada).contentType(ContentType.JSON)
                    .body(admission(email, role)).when().post("/api/members").then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService racers = Executors.newFixedThreadPool(roleChoices.size())) {
            for (Future<Integer> status : racers.invokeAll(admissions)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).containsOnlyOnce(201);
        assertThat(statuses).as("the others collided: a clear 409, never a 5xx").filteredOn(status -> status != 201)
                .containsOnly(409);
        List<String> stored = asAda().queryParam("q", email).when().get("/api/members").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().path("items[0].roles");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(workingGroupRoles(accountId))
                .containsExactlyInAnyOrderElementsOf(stored));
    }

    @Test
    void keycloakOutage_refusesAdmission_butKeepsOtherChanges_andCatchesThemUpWhenItIsBack() {
        Accounts.Admitted member = Accounts.admit(keycloak, "EU", "ACADEMIA", List.of("editor"));
        String accountId = (String) Accounts.account(keycloak, member.email()).get("id");
        String ada = Tokens.forUser(keycloak, "ada");
        String newcomer = "outage-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        keycloak.close();
        try {
            as(ada).body(admission(newcomer, "editor")).when().post("/api/members").then().statusCode(503)
                    .contentType("application/problem+json");
            as(ada).body(Map.of("roles", List.of("moderator"), "reason", "Runs the comment rounds")).when()
                    .put("/api/members/" + member.memberId() + "/roles").then().statusCode(200);
            as(ada).body(Map.of("reason", "Code of conduct review")).when()
                    .post("/api/members/" + member.memberId() + "/suspension").then().statusCode(200);
            as(ada).when().post("/api/members/accounts/reconciliation").then().statusCode(503)
                    .contentType("application/problem+json");
        } finally {
            keycloak.restart();
        }

        as(ada).queryParam("q", newcomer).when().get("/api/members").then().statusCode(200)
                .body("items.size()", equalTo(0));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(account(accountId).get("enabled")).isEqualTo(false));
        String fresh = Tokens.forUser(keycloak, "ada");
        as(fresh).body(Map.of("reason", "Review closed")).when()
                .post("/api/members/" + member.memberId() + "/reinstatement").then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Tokens.roles(member.token(keycloak)))
                .contains("member", "moderator").doesNotContain("editor"));

        // An operator grants a role by hand; reconciliation takes it back, and a second run finds nothing to do.
        given().auth().oauth2(Tokens.keycloakAdmin(keycloak)).contentType(ContentType.JSON)
                .body(List.of(realmRole("admin"))).when().post(users() + "/" + accountId + "/role-mappings/realm")
                .then().statusCode(204);
        as(fresh).when().post("/api/members/accounts/reconciliation").then().statusCode(200)
                .body("corrected", equalTo(1));
        assertThat(workingGroupRoles(accountId)).containsExactlyInAnyOrder("member", "moderator");
        as(fresh).when().post("/api/members/accounts/reconciliation").then().statusCode(200)
                .body("corrected", equalTo(0));
    }

    private String createAccount(String username, String email, boolean verified) {
        String location = given().auth().oauth2(Tokens.keycloakAdmin(keycloak)).contentType(ContentType.JSON)
                .body(Map.of("username", username, "email", email, "emailVerified", verified, "enabled", true,
                        "firstName", "Sam", "lastName", "Squatter", "credentials",
                        List.of(Map.of("type", "password", "value", "squatting", "temporary", false))))
                .when().post(users()).then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private Map<String, Object> account(String accountId) {
        return given().auth().oauth2(Tokens.keycloakAdmin(keycloak)).when().get(users() + "/" + accountId).then()
                .statusCode(200).extract().path("$");
    }

    private List<String> workingGroupRoles(String accountId) {
        List<String> roles = given().auth().oauth2(Tokens.keycloakAdmin(keycloak)).when()
                .get(users() + "/" + accountId + "/role-mappings/realm").then().statusCode(200).extract()
                .path("name");
        return roles.stream().filter(List.of("member", "editor", "moderator", "liaison", "admin")::contains).toList();
    }

    private Map<String, Object> realmRole(String name) {
        return given().auth().oauth2(Tokens.keycloakAdmin(keycloak)).when()
                .get(keycloak.url() + "/admin/realms/accord/roles/" + name).then().statusCode(200).extract()
                .path("$");
    }

    private String users() {
        return keycloak.url() + "/admin/realms/accord/users";
    }

    private RequestSpecification asAda() {
        return as(Tokens.forUser(keycloak, "ada"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> admission(String email, String role) {
        return Map.of("email", email, "fullName", "Casey Newmember", "affiliation", "Open Models Lab", "side", "US",
                "stakeholderGroup", "INDUSTRY", "roles", List.of(role), "votingRights", true, "reason",
                "Nominated by the industry caucus");
    }
}
