package org.accord.app.membership;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** Admits members through the API in tests, as the admin set up by {@code @TestSecurity}. */
public final class Admitting {

    private Admitting() {
    }

    public static Map<String, Object> request(String email, String group, String side, boolean votingRights,
            String... roles) {
        return Map.of("email", email, "fullName", "Test " + email.substring(0, email.indexOf('@')), "affiliation",
                "Test University", "side", side, "stakeholderGroup", group, "roles", List.of(roles), "votingRights",
                votingRights, "reason", "Nominated by the test");
    }

    public static String uniqueEmail() {
        return "m" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    /** @return the new member's id */
    public static String admit(Map<String, Object> request) {
        return given().contentType(ContentType.JSON).body(request).when().post("/api/members").then()
                .statusCode(201).extract().path("member.id");
    }
}
