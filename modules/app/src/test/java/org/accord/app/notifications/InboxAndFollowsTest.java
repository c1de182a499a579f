package org.accord.app.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.accord.drafting.api.events.ClauseAdded;
import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.notifications.internal.app.DraftingIntake;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class InboxAndFollowsTest {

    private static final String CARA = "cara.notified@example.org";
    private static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    Notified notified;
    @Inject
    StandardsAdministration standards;
    @Inject
    DraftingIntake drafting;

    @Test
    @TestSecurity(user = CARA, roles = "member")
    void membersFollowAndUnfollowStandards_andAnUnfollowSurvivesTheirNextContribution() {
        UUID cara = cara();
        UUID standard = standard();

        given().when().put("/api/notifications/follows/" + standard).then().statusCode(200)
                .body("following", equalTo(true));
        given().when().get("/api/notifications/follows").then().statusCode(200)
                .body("standardId", hasItem(standard.toString()));
        given().when().delete("/api/notifications/follows/" + standard).then().statusCode(200)
                .body("following", equalTo(false));
        given().when().get("/api/notifications/follows").then().body("standardId", not(hasItem(standard.toString())));

        QuarkusTransaction.requiringNew().run(() -> drafting.take(UUID.randomUUID(), new ClauseAdded(
                standard.toString(), UUID.randomUUID().toString(), null, 0, "CLAUSE", UUID.randomUUID().toString(),
                "Heading", "Text", CARA, Instant.now())));
        assertThat(notified.count("select count(*) from notifications.follow where member_id = '" + cara
                + "' and standard_id = '" + standard + "' and following")).as("the unfollow stays").isZero();

        given().when().put("/api/notifications/follows/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().when().get("/notifications/follows/" + standard).then().statusCode(200)
                .body(containsString("Follow this standard"));
        Response page = given().when().get("/notifications");
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertThat(token.find()).isTrue();
        given().cookie("accord-csrf", page.getCookie("accord-csrf")).formParam("csrf-token", token.group(1))
                .formParam("following", "maybe").when().post("/notifications/follows/" + standard).then()
                .statusCode(400);
        given().cookie("accord-csrf", page.getCookie("accord-csrf")).formParam("csrf-token", token.group(1))
                .formParam("following", "true").header("HX-Request", "true").when()
                .post("/notifications/follows/" + standard).then().statusCode(200)
                .body(containsString("Stop following"));
        assertThat(notified.count("select count(*) from notifications.follow where member_id = '" + cara
                + "' and standard_id = '" + standard + "' and following")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = CARA, roles = "member")
    void membersReadAndMarkTheirOwnNotices_inTheirLanguage_butNotAnothersNotice() {
        UUID cara = cara();
        UUID other = notified.member(Notified.uniqueUsername(), false);
        await().atMost(Duration.ofSeconds(30)).until(() -> notified.count("select count(*) from"
                + " notifications.notice where member_id = '" + other + "'") == 1);
        String othersNotice = notified.text("select id from notifications.notice where member_id = '" + other + "'");
        notified.execute("update notifications.notice set read_at = null where member_id = '" + cara + "'");
        String own = notified.text("select id from notifications.notice where member_id = '" + cara
                + "' and kind = 'MEMBERSHIP_CHANGED'");

        given().when().get("/api/notifications").then().statusCode(200)
                .body("items.find { it.id == '" + own + "' }.title", equalTo("Your membership changed"))
                .body("items.find { it.id == '" + own + "' }.line",
                        equalTo("You were admitted to the working group."))
                .body("items.find { it.id == '" + own + "' }.link", equalTo("/members/me"))
                .body("items.id", not(hasItem(othersNotice)));
        given().header("Accept-Language", "fr").when().get("/api/notifications").then()
                .body("items.find { it.id == '" + own + "' }.title", equalTo("Votre adhésion a changé"));
        given().when().get("/notifications").then().statusCode(200).body(containsString("Your membership changed"))
                .body(containsString("id=\"inbox-count\""));
        long unread = given().when().get("/api/notifications/counts").then().statusCode(200).extract()
                .jsonPath().getLong("unread");
        assertThat(unread).isPositive();

        given().contentType(ContentType.JSON).when().post("/api/notifications/" + othersNotice + "/read").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        assertThat(notified.count("select count(*) from notifications.notice where id = '" + othersNotice
                + "' and read_at is not null")).isZero();
        given().contentType(ContentType.JSON).when().post("/api/notifications/" + own + "/read").then().statusCode(204);
        given().when().get("/api/notifications/counts").then().body("unread", equalTo((int) unread - 1));
        given().contentType(ContentType.JSON).when().post("/api/notifications/read").then().statusCode(200);
        given().when().get("/api/notifications/counts").then().body("unread", equalTo(0));
        given().when().get("/notifications").then().statusCode(200).body(containsString("Inbox (0)"));
    }

    @Test
    @TestSecurity(user = CARA, roles = "member")
    void theInboxIsPagedNewestFirst() {
        UUID cara = cara();
        for (int i = 0; i < 3; i++) {
            notified.execute("insert into notifications.notice (id, member_id, kind, event_id, subject_id, params,"
                    + " created_at) values (gen_random_uuid(), '" + cara + "', 'BALANCE_ALERT', gen_random_uuid(),"
                    + " gen_random_uuid(), '{\"ruleId\": \"rule-" + i + "\"}', now() + interval '" + (i + 1)
                    + " minute')");
        }
        Response first = given().queryParam("limit", 2).when().get("/api/notifications");
        first.then().statusCode(200).body("items.line", equalTo(List.of("The rule “rule-2” does not hold.",
                "The rule “rule-1” does not hold.")));
        given().queryParam("limit", 2).queryParam("cursor", first.jsonPath().getString("nextCursor")).when()
                .get("/api/notifications").then().body("items[0].line", equalTo("The rule “rule-0” does not hold."));
        given().queryParam("cursor", "forged").when().get("/api/notifications").then().statusCode(400);
    }

    private UUID cara() {
        if (notified.count("select count(*) from notifications.member where username = '" + CARA + "'") == 0) {
            return notified.member(CARA, false);
        }
        return UUID.fromString(notified.text("select member_id from notifications.member where username = '" + CARA
                + "'"));
    }

    private UUID standard() {
        UUID standard = standards.create(EDITOR, "N" + UUID.randomUUID().toString().substring(0, 8), "Followed", "",
                List.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> notified.count("select count(*) from"
                + " notifications.standard where id = '" + standard + "'") == 1);
        return standard;
    }
}
