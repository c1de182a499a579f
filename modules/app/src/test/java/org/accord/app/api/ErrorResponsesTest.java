package org.accord.app.api;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class ErrorResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void api_withoutToken_isUnauthorizedAsProblemJson() {
        given().when().get("/api/ballots").then().statusCode(401).contentType(PROBLEM)
                .body("status", equalTo(401)).body("title", equalTo("Unauthorized"))
                .body("detail", containsString("bearer token")).body("instance", equalTo("/api/ballots"));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void valueOfTheWrongType_isBadRequestNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"title\": [\"a\"], \"question\": \"q\"}").when()
                .post("/api/ballots").then().statusCode(400).contentType(PROBLEM)
                .body("field", equalTo("title")).body("detail", equalTo("'title' must be a string."));
        given().contentType(ContentType.JSON).body("{\"draftVersionId\": \"not-an-id\"}").when()
                .post("/api/ballots").then().statusCode(400).contentType(PROBLEM)
                .body("field", equalTo("draftVersionId")).body("detail", containsString("must be an id"));
        given().contentType(ContentType.JSON).body("{\"rule\": {\"threshold\": {}}}").when()
                .post("/api/ballots").then().statusCode(400).contentType(PROBLEM)
                .body("field", equalTo("rule.threshold"));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void bodyThatIsNotAnObject_isBadRequest() {
        given().contentType(ContentType.JSON).body("[1, 2]").when().post("/api/ballots").then().statusCode(400)
                .contentType(PROBLEM).body("detail", equalTo("The request body must be a JSON object."));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void malformedJson_isBadRequestSayingWhere() {
        given().contentType(ContentType.JSON).body("{\"title\": ").when().post("/api/ballots").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("not valid JSON (line 1"));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void jsonNestedTenThousandDeep_isBadRequest() {
        String deep = "{\"rule\":".repeat(10_000) + "1" + "}".repeat(10_000);
        given().contentType(ContentType.JSON).body(deep).when().post("/api/ballots").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("nested too deeply"));
        given().contentType(ContentType.JSON).body("[".repeat(10_000) + "]".repeat(10_000)).when()
                .put("/api/ballots/" + UUID.randomUUID() + "/vote").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void twelveMegabyteBody_isTooLarge() {
        String huge = "{\"title\": \"" + "x".repeat(12 * 1024 * 1024) + "\"}";
        given().config(ApiRefusalsTest.EXPECT_CONTINUE).contentType(ContentType.JSON).body(huge).when()
                .post("/api/ballots").then().statusCode(413).contentType(PROBLEM)
                .body("detail", containsString("larger than 11 MiB"));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void postOfTheWrongMediaType_isUnsupported() {
        given().contentType(ContentType.TEXT).body("title=x").when().post("/api/ballots").then().statusCode(415)
                .contentType(PROBLEM).body("detail", containsString("text/plain"));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void unacceptableMediaType_isNotAcceptable() {
        given().accept(ContentType.XML).when().get("/api/ballots").then().statusCode(406).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "mo", roles = "member")
    void wrongMethod_isMethodNotAllowed() {
        given().contentType(ContentType.JSON).when().delete("/api/ballots").then().statusCode(405)
                .contentType(PROBLEM).body("detail", equalTo("This address does not take this method."));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor"})
    void postWithoutBodyOrType_refusedByTheCsrfCheck_isProblemJson() {
        given().when().post("/api/standards/" + UUID.randomUUID() + "/versions").then().statusCode(400)
                .contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    @TestSecurity(user = "mo", roles = "member")
    void getWithAContentType_ignoresIt() {
        given().contentType("text/html").when().get("/api/ballots").then().statusCode(200);
        given().contentType("text/html").when().head("/api/ballots").then().statusCode(200);
        given().contentType(ContentType.JSON).when().get("/api/ballots").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "mo", roles = "member")
    void unknownIdInThePath_isNotFound_andAMalformedOneIsBadRequest() {
        given().when().get("/api/ballots/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/ballots/not-an-id").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("malformed: Invalid UUID string: not-an-id"));
    }

    @Test
    @TestSecurity(user = "mo", roles = "member")
    void pages_answerWithTheErrorPage() {
        given().accept(ContentType.HTML).when().get("/ballots/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(ContentType.HTML).body(containsString("404 · Not found"));
        given().accept(ContentType.HTML).when().get("/ballots/not-an-id").then().statusCode(400)
                .contentType(ContentType.HTML).body(containsString("Invalid UUID string: not-an-id"));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void ballotForm_withAMalformedDraftVersion_isRefusedInThePage() {
        Response form = given().when().get("/ballots");
        form.then().statusCode(200);
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(form.asString());
        assertThat(token.find()).isTrue();
        given().cookie("accord-csrf", form.getCookie("accord-csrf")).formParam("csrf-token", token.group(1))
                .formParam("title", "Malformed version").formParam("draftVersionId", "v1-not-an-id")
                .formParam("preset", "SIMPLE_MAJORITY").when().post("/ballots").then().statusCode(400)
                .contentType(ContentType.HTML)
                .body(allOf(containsString("&#39;v1-not-an-id&#39; is not an id."),
                        not(containsString("Something went wrong"))));
    }
}
