package org.accord.app.web;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The shell speaks the language chosen with its switch, else the browser's, and refuses anything else. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class LanguageSwitchTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void theBrowsersFirstSupportedLanguage_isSpoken_andEnglishOtherwise() {
        given().header("Accept-Language", "es, fr;q=0.8, de;q=0.5").when().get("/").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"fr\">"), containsString("Se connecter")));
        given().header("Accept-Language", "de-AT").when().get("/").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"de\">"), containsString("Anmelden")));
        given().header("Accept-Language", "es, it").when().get("/").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"en\">"), containsString("Sign in")));
        given().when().get("/").then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theSwitchsCookie_winsOverTheBrowser_andTheSwitchShowsTheLanguageChosen() {
        given().cookie("accord-language", "de").header("Accept-Language", "fr").when().get("/").then()
                .statusCode(200).body(allOf(containsString("<html lang=\"de\">"),
                        containsString("<option value=\"de\" lang=\"de\" selected>Deutsch</option>")));
        given().cookie("accord-language", "klingon").header("Accept-Language", "fr").when().get("/").then()
                .statusCode(200).body(containsString("<html lang=\"fr\">"));
    }

    @Test
    void switching_setsTheCookie_andReturnsToThePage() {
        Form form = form();
        Response switched = given().cookie("accord-csrf", form.cookie()).formParam("csrf-token", form.token())
                .formParam("lang", "fr").formParam("back", "/transparency?type=BALLOT_CLOSED").redirects()
                .follow(false).when().post("/language");
        switched.then().statusCode(303).header("Location", containsString("/transparency?type=BALLOT_CLOSED"));
        assertThat(switched.getDetailedCookie("accord-language").getValue()).isEqualTo("fr");
        assertThat(switched.getDetailedCookie("accord-language").isHttpOnly()).isTrue();
        assertThat(switched.getDetailedCookie("accord-language").getMaxAge()).isGreaterThan(30L * 24 * 3600);
    }

    @Test
    void switching_neverLeadsToAnotherSite() {
        Form form = form();
        for (String elsewhere : new String[]{"https://evil.example/", "//evil.example/", "/\\evil.example",
                "javascript:alert(1)", "", "/\r\nSet-Cookie: x=1"}) {
            given().cookie("accord-csrf", form.cookie()).formParam("csrf-token", form.token())
                    .formParam("lang", "de").formParam("back", elsewhere).redirects().follow(false).when()
                    .post("/language").then().statusCode(303).header("Location", not(containsString("evil")))
                    .header("Location", not(containsString("javascript")));
        }
    }

    @Test
    void anUnknownLanguage_isRefusedInThePagesLanguage_andSetsNothing() {
        Form form = form();
        Response refused = given().cookie("accord-csrf", form.cookie()).formParam("csrf-token", form.token())
                .header("Accept-Language", "de").formParam("lang", "<script>").formParam("back", "/").redirects()
                .follow(false).when().post("/language");
        refused.then().statusCode(400).body(allOf(containsString("ist keine Sprache von Accord"),
                containsString("&lt;script&gt;"), not(containsString("<script>"))));
        assertThat(refused.getDetailedCookie("accord-language")).isNull();
    }

    @Test
    void switching_withoutTheFormsToken_isRefused() {
        given().formParam("lang", "fr").formParam("back", "/").redirects().follow(false).when().post("/language")
                .then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "lea", roles = "member")
    void refusals_speakTheReadersLanguage_onPagesAndInProblems() {
        given().header("Accept-Language", "de").when().get("/no-such-page").then().statusCode(404)
                .body(allOf(containsString("404 · Nicht gefunden"),
                        containsString("Unter dieser Adresse gibt es nichts.")));
        given().header("Accept-Language", "fr").accept("application/json").when().get("/api/standards?limit=0")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("limit doit être un nombre entier de 1 à 500."));
        given().accept("application/json").when().get("/api/standards?limit=0").then().statusCode(400)
                .body("detail", equalTo("limit must be a whole number from 1 to 500."));
    }

    private record Form(String token, String cookie) {
    }

    private static Form form() {
        Response page = given().when().get("/");
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertThat(token.find()).as("the switch carries a CSRF token").isTrue();
        return new Form(token.group(1), page.getCookie("accord-csrf"));
    }
}
