package org.accord.app.notifications;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The e-mail settings page and API: the member's own choices, bad values refused with nothing saved. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class EmailSettingsTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    EntityManager entityManager;

    private UUID member(String username) {
        Notices notices = new Notices(entityManager);
        notices.execute("delete from notifications.settings where member_id in (select member_id from"
                + " notifications.member where username = ?1)", username);
        notices.execute("delete from notifications.preference where member_id in (select member_id from"
                + " notifications.member where username = ?1)", username);
        notices.execute("delete from notifications.member where username = ?1", username);
        return notices.member(username, "Sam Settings", "en", "UTC");
    }

    @Test
    @TestSecurity(user = "sam-settings-api", roles = "member")
    void api_showsDefaults_changesChoices_andRefusesBadValuesSavingNothing() {
        UUID member = member("sam-settings-api");
        Notices notices = new Notices(entityManager);

        given().when().get("/api/notifications/preferences").then().statusCode(200)
                .body("language", equalTo("en")).body("timeZone", equalTo("UTC"))
                .body("deliveries.BALLOT_OPENED", equalTo("IMMEDIATE")).body("deliveries.ROUND_OPENED",
                        equalTo("DIGEST"));

        given().contentType(ContentType.JSON)
                .body(Map.of("language", "de", "timeZone", "Europe/Berlin", "deliveries",
                        Map.of("ROUND_OPENED", "OFF", "BALLOT_OPENED", "DIGEST")))
                .when().put("/api/notifications/preferences").then().statusCode(200).body("language", equalTo("de"))
                .body("deliveries.ROUND_OPENED", equalTo("OFF")).body("deliveries.BALLOT_OPENED", equalTo("DIGEST"));
        String saved = notices.preferences(member);
        assertThat(saved).contains("ROUND_OPENED=OFF").contains("BALLOT_OPENED=DIGEST").endsWith(";de,Europe/Berlin");

        for (Map<String, Object> bad : java.util.List.<Map<String, Object>> of(
                Map.of("language", "it", "timeZone", "UTC", "deliveries", Map.of("ROUND_OPENED", "IMMEDIATE")),
                Map.of("language", "en", "timeZone", "Moon/Base", "deliveries", Map.of("ROUND_OPENED", "IMMEDIATE")),
                Map.of("language", "en", "timeZone", "UTC", "deliveries", Map.of("ROUND_OPENED", "WEEKLY")),
                Map.of("language", "en", "timeZone", "UTC", "deliveries", Map.of("GOSSIP", "OFF")))) {
            given().contentType(ContentType.JSON).body(bad).when().put("/api/notifications/preferences").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).when().put("/api/notifications/preferences").then().statusCode(400);
        assertThat(notices.preferences(member)).isEqualTo(saved);

        given().contentType(ContentType.JSON).body(Map.of("language", "", "deliveries", Map.of())).when()
                .put("/api/notifications/preferences").then().statusCode(200).body("language", nullValue())
                .body("timeZone", nullValue()).body("deliveries.ROUND_OPENED", equalTo("OFF"));
        assertThat(notices.preferences(member)).as("no settings of its own: the profile's").isEqualTo("null");
    }

    @Test
    @TestSecurity(user = "sam-settings-page", roles = "member")
    void page_savesTheForm_andShowsABadTimeZoneInPlace() {
        UUID member = member("sam-settings-page");
        Response form = given().when().get("/notifications/settings");
        form.then().statusCode(200).body(containsString("E-mail settings"));
        Matcher token = CSRF_FIELD.matcher(form.asString());
        assertThat(token.find()).isTrue();
        String cookie = form.getCookie("accord-csrf");

        given().cookie("accord-csrf", cookie).formParam("csrf-token", token.group(1)).formParam("language", "fr")
                .formParam("timeZone", "Europe/Paris").formParam("STAGE_CHANGED", "IMMEDIATE").redirects()
                .follow(false).when().post("/notifications/settings").then().statusCode(303);
        assertThat(new Notices(entityManager).preferences(member)).isEqualTo("STAGE_CHANGED=IMMEDIATE;fr,Europe/Paris")
                .doesNotContain("BALLOT");

        given().cookie("accord-csrf", cookie).formParam("csrf-token", token.group(1)).formParam("language", "fr")
                .formParam("timeZone", "Nowhere/Land").formParam("STAGE_CHANGED", "OFF").when()
                .post("/notifications/settings").then().statusCode(400)
                .body(containsString("&#39;Nowhere/Land&#39; is not a time zone"));
        given().formParam("language", "de").formParam("timeZone", "UTC").when().post("/notifications/settings").then()
                .statusCode(400);
        assertThat(new Notices(entityManager).preferences(member)).isEqualTo("STAGE_CHANGED=IMMEDIATE;fr,Europe/Paris");
    }

    @Test
    @TestSecurity(user = "not-known-to-notifications", roles = "member")
    void aMemberNotYetKnown_getsA404() {
        given().when().get("/api/notifications/preferences").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void signedOut_isRefused() {
        given().when().get("/api/notifications/preferences").then().statusCode(401);
    }
}
