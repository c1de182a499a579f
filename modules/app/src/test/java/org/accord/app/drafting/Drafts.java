package org.accord.app.drafting;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** Drafting through the REST API, as whoever {@code @TestSecurity} says. */
final class Drafts {

    private Drafts() {
    }

    static String standard(String title) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("reference", "T " + UUID.randomUUID().toString().substring(0, 8), "title", title,
                        "scope", "Scope of " + title))
                .when().post("/api/standards").then().statusCode(201).extract().path("id");
    }

    static String clause(String standardId, String parentId, String kind, String heading, String text) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "heading", heading, "text", text));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return given().contentType(ContentType.JSON).body(body).when()
                .post("/api/standards/" + standardId + "/clauses").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse revise(String standardId, String clauseId, String base, String heading, String text,
            String rationale) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("baseRevisionId", base, "heading", heading, "text", text, "rationale", rationale))
                .when().put("/api/standards/" + standardId + "/clauses/" + clauseId).then();
    }
}
