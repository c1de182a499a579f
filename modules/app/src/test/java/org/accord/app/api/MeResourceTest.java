package org.accord.app.api;

import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class MeResourceTest {

    @Test
    @TestSecurity(user = "mo", roles = {"moderator", "member", "offline_access"})
    void me_asMember_returnsUsernameAndAccordRolesOnly() {
        given().when().get("/api/me").then().statusCode(200).contentType("application/json")
                .body("username", equalTo("mo"))
                .body("roles", contains("member", "moderator"));
    }

    @Test
    @TestSecurity(user = "newcomer", roles = "offline_access")
    void me_withoutMemberRole_isForbiddenAsProblemJson() {
        given().when().get("/api/me").then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403)).body("title", equalTo("Forbidden"));
    }

    @Test
    @TestSecurity(user = "mo", roles = "member")
    void me_withWrongMethod_isMethodNotAllowedAsProblemJson() {
        given().when().post("/api/me").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void me_anonymous_isUnauthorized() {
        given().when().get("/api/me").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "mo", roles = "member")
    void unknownApiPath_isNotFoundAsProblemJson() {
        given().when().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/nothing-here"));
    }
}
