package org.accord.app.membership;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class MemberPagesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void admitForm_showsFieldErrorsInPlace_thenAdmitsAndShowsTheProfile() {
        Response form = given().when().get("/members/admit");
        form.then().statusCode(200).body(containsString("id=\"admit-form\""));
        String token = csrfToken(form.asString());
        String cookie = form.getCookie("accord-csrf");
        String email = "page-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        given().cookie("accord-csrf", cookie).formParam("csrf-token", token).formParam("email", email)
                .formParam("fullName", "Page Person").formParam("affiliation", "<img src=x onerror=alert(1)>")
                .formParam("side", "US").formParam("stakeholderGroup", "INDUSTRY").formParam("roles", "member")
                .formParam("votingRights", "true").formParam("reason", "Page test").when().post("/members/admit")
                .then().statusCode(400)
                .body(allOf(containsString("id=\"affiliation-error\""), containsString("must be plain text"),
                        containsString("value=\"" + email + "\""), not(containsString("<img src=x"))));

        String location = given().cookie("accord-csrf", cookie).formParam("csrf-token", token)
                .formParam("email", email).formParam("fullName", "Page Person")
                .formParam("affiliation", "Page Institute").formParam("side", "US")
                .formParam("stakeholderGroup", "INDUSTRY").formParam("roles", "editor")
                .formParam("votingRights", "true").formParam("reason", "Page test").redirects().follow(false).when()
                .post("/members/admit").then().statusCode(303).extract().header("Location");

        given().when().get(location).then().statusCode(200)
                .body(allOf(containsString("Page Person"), containsString("Member, Editor"),
                        containsString("Page test")));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void formPost_withoutCsrfToken_isRefused() {
        given().formParam("email", "no-token@example.org").formParam("fullName", "No Token")
                .formParam("affiliation", "x").formParam("side", "US").formParam("stakeholderGroup", "INDUSTRY")
                .formParam("reason", "x").when().post("/members/admit").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "newcomer", roles = "offline_access")
    void signedInNonMember_seesWhyInsteadOfAnError() {
        given().when().get("/members").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("not a member of the working group yet"));
        given().when().get("/").then().statusCode(200).body(containsString("id=\"not-a-member\""));
    }

    @Test
    @TestSecurity(user = "uma", roles = "member")
    void memberPages_renderDirectoryGroupsAndBalance() {
        given().queryParam("side", "US").when().get("/members").then().statusCode(200)
                .body(allOf(containsString("hx-get=\"/members\""), not(containsString("admit-member"))));
        given().when().get("/groups").then().statusCode(200).body(containsString("Civil society"));
        given().when().get("/balance").then().statusCode(200)
                .body(allOf(containsString("<svg"), containsString("id=\"balance-table\""),
                        containsString("No stakeholder group above 50% of voting members")));
        given().when().get("/members/admit").then().statusCode(403);
    }

    private static String csrfToken(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
