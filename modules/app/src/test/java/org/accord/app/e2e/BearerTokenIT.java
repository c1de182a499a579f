package org.accord.app.e2e;

import org.accord.testing.AccordIntegrationStack;
import org.accord.testing.InjectStack;
import org.accord.testing.KeycloakServer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The REST API takes real bearer tokens from the accord realm. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AccordIntegrationStack.class, restrictToAnnotatedClass = true)
class BearerTokenIT {

    @InjectStack
    KeycloakServer keycloak;

    @Test
    void me_withMembersToken_returnsTheirRoles() {
        given().auth().oauth2(tokenFor("ada")).when().get("/api/me").then().statusCode(200)
                .body("username", equalTo("ada"))
                .body("displayName", equalTo("Ada Lovelace"))
                .body("roles", contains("member", "admin"));
    }

    @Test
    void me_withoutToken_isUnauthorizedWithAChallengeAndAProblem() {
        given().when().get("/api/me").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json").body("status", equalTo(401))
                .body("detail", containsString("bearer token"));
    }

    @Test
    void me_withForgedToken_isUnauthorized() {
        given().auth().oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZGEifQ.").when().get("/api/me").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void me_withTokenLackingMemberRole_isForbidden() {
        given().auth().oauth2(tokenFor("newcomer")).when().get("/api/me").then().statusCode(403)
                .contentType("application/problem+json");
    }

    private String tokenFor(String username) {
        return Tokens.forUser(keycloak, username);
    }
}
