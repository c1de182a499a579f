package org.accord.app.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.accord.drafting.api.events.StageChanged;
import org.accord.drafting.api.events.StandardCreated;
import org.accord.notifications.internal.app.DraftingIntake;
import org.accord.notifications.internal.app.StakeholdersIntake;
import org.accord.stakeholders.api.events.BalanceAlertRaised;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The inbox, the home page and the e-mail settings in French (asked for by the browser) and German (chosen with the
 * language switch's cookie): translated words, no code of the module's (kinds, stages, outcomes, rules, roles, groups,
 * deliveries) left for people to read, and refusals in the reader's language.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class NotificationsInFrenchAndGermanTest {

    private static final String GRETA = "greta.notified@example.org";
    private static final String NBSP = "\u00a0";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    /** Codes that must never reach a reader's eyes (they may stay in attributes, for scripts and tests). */
    private static final List<String> CODES = List.of("BALLOT_OPENED", "BALLOT_CLOSED", "STAGE_CHANGED",
            "MEMBERSHIP_CHANGED", "BALANCE_ALERT", "LIAISON_REPLY_DUE", "WORKING_DRAFT", "COMMITTEE_DRAFT", "PASSED",
            "MIN_SIDE_SHARE", "CIVIL_SOCIETY", "IMMEDIATE", "DIGEST", "ROLES", "GROUP", "ADMITTED", "editor,");

    @Inject
    Notified notified;
    @Inject
    DraftingIntake drafting;
    @Inject
    StakeholdersIntake stakeholders;

    @Test
    @TestSecurity(user = GRETA, roles = {"member", "admin"})
    void theInboxTheHomePageAndTheSettings_readInFrenchAndGerman_withoutCodes() {
        UUID greta = greta();
        UUID standard = followedStandardMovedToCommitteeDraft();
        String rule = "min-side-" + UUID.randomUUID();
        inTransaction(() -> stakeholders.take(UUID.randomUUID(), new BalanceAlertRaised(rule,
                "Each side (US, EU) at least 40% of voting members", "EU holds 30.0% of voting members (minimum 40%)",
                Instant.now())));
        notice(greta, "{\"change\": \"ROLES\", \"roles\": \"member,editor\"}");
        notice(greta, "{\"change\": \"GROUP\", \"group\": \"CIVIL_SOCIETY\", \"groupName\": \"Civil society\"}");
        notified.execute("insert into notifications.activity (event_id, standard_id, kind, params, at) values"
                + " (gen_random_uuid(), '" + standard + "', 'BALLOT_CLOSED', '{\"ballotId\": \"" + UUID.randomUUID()
                + "\", \"title\": \"Approve CD 1\", \"outcome\": \"PASSED\"}', now())");

        String inbox = page(french(), "/notifications");
        assertThat(inbox).contains("<html lang=\"fr\">", "<h1>Boîte de réception</h1>",
                "Vos rôles sont désormais" + NBSP + ": membre, rédacteur.",
                "Vous faites désormais partie du groupe de parties prenantes «" + NBSP + "Société civile" + NBSP
                        + "».",
                "La règle «" + NBSP + "Chaque côté (États-Unis, UE) représente au moins 40" + NBSP
                        + "% des membres votants" + NBSP + "» n’est pas respectée.",
                "de projet de travail à projet de comité.");
        assertNoCodes(inbox);
        String home = page(french(), "/");
        assertThat(home).contains("<html lang=\"fr\">", "À traiter", "Alertes d’équilibre ouvertes",
                "Chaque côté (États-Unis, UE) représente au moins 40" + NBSP + "% des membres votants",
                "l’a fait passer de l’étape projet de travail à l’étape projet de comité",
                "Scrutin «" + NBSP + "Approve CD 1" + NBSP + "» terminé" + NBSP + ": proposition adoptée");
        assertNoCodes(home);
        String settings = page(french(), "/notifications/settings");
        assertThat(settings).contains("<h1>Réglages des e-mails</h1>", "Celle de votre profil",
                "<option value=\"de\" lang=\"de\">Deutsch</option>", "Récapitulatif quotidien", "Scrutin ouvert");
        assertNoCodes(settings);

        String german = page(german(), "/notifications");
        assertThat(german).contains("<html lang=\"de\">", "<h1>Posteingang</h1>",
                "Ihre Rollen sind jetzt: Mitglied, Redaktion.",
                "Sie gehören jetzt zur Interessengruppe „Zivilgesellschaft“.",
                "Die Regel „Jede Seite (USA, EU) mindestens 40" + NBSP
                        + "% der stimmberechtigten Mitglieder“ ist nicht erfüllt.",
                "von Arbeitsentwurf zu Komiteeentwurf.");
        assertNoCodes(german);
        String germanHome = page(german(), "/");
        assertThat(germanHome).contains("<html lang=\"de\">", "Zu erledigen", "Offene Ausgewogenheitswarnungen",
                "hat die Stufe von Arbeitsentwurf zu Komiteeentwurf geändert",
                "Abstimmung „Approve CD 1“ beendet: Vorlage angenommen");
        assertNoCodes(germanHome);
        String germanSettings = page(german(), "/notifications/settings");
        assertThat(germanSettings).contains("<h1>E-Mail-Einstellungen</h1>", "Wie in Ihrem Profil",
                "Tägliche Zusammenfassung", "Abstimmung eröffnet");
        assertNoCodes(germanSettings);

        german().when().get("/api/notifications").then().statusCode(200)
                .body("items.find { it.kind == 'BALANCE_ALERT' }.title",
                        equalTo("Eine Ausgewogenheitswarnung wurde ausgelöst"));
    }

    @Test
    @TestSecurity(user = GRETA, roles = "member")
    void refusals_readInFrenchAndGerman_inProblemsAndInPlaceOnTheForm() {
        greta();
        Map<String, Object> moon = Map.of("timeZone", "Moon/Base");
        french().contentType(ContentType.JSON).body(moon).when().put("/api/notifications/preferences").then()
                .statusCode(400).contentType("application/problem+json").body("detail", equalTo("«" + NBSP
                        + "Moon/Base" + NBSP
                        + "» n’est pas un fuseau horaire, comme Europe/Paris ou America/New_York."));
        german().contentType(ContentType.JSON).body(moon).when().put("/api/notifications/preferences").then()
                .statusCode(400)
                .body("detail", equalTo("„Moon/Base“ ist keine Zeitzone wie Europe/Berlin oder America/New_York."));
        UUID someoneElses = UUID.randomUUID();
        french().contentType(ContentType.JSON).when().post("/api/notifications/" + someoneElses + "/read").then()
                .statusCode(404).body("detail", equalTo("Vous n’avez pas de notification " + someoneElses + "."));
        german().when().put("/api/notifications/follows/" + someoneElses).then().statusCode(404)
                .body("detail", equalTo("Es gibt keinen Standard " + someoneElses + "."));

        Response form = german().when().get("/notifications/settings");
        Matcher token = CSRF_FIELD.matcher(form.asString());
        assertThat(token.find()).isTrue();
        String refused = german().cookie("accord-csrf", form.getCookie("accord-csrf"))
                .formParam("csrf-token", token.group(1)).formParam("language", "de")
                .formParam("timeZone", "Nirgendwo/Land").when().post("/notifications/settings").then().statusCode(400)
                .extract().asString();
        assertThat(refused).contains("aria-describedby=\"timeZone-hint timeZone-error\" aria-invalid=\"true\"")
                .contains("<span class=\"error\" id=\"timeZone-error\" role=\"alert\">„Nirgendwo/Land“ ist keine"
                        + " Zeitzone wie Europe/Berlin oder America/New_York.</span>");
        french().cookie("accord-csrf", form.getCookie("accord-csrf")).formParam("csrf-token", token.group(1))
                .formParam("language", "it").formParam("timeZone", "").when().post("/notifications/settings").then()
                .statusCode(400).body(org.hamcrest.Matchers.containsString(
                        "«" + NBSP + "it" + NBSP + "» n’est pas une langue des e-mails d’Accord (en, fr, de)."));
    }

    private UUID greta() {
        if (notified.count("select count(*) from notifications.member where username = '" + GRETA + "'") == 0) {
            return notified.member(GRETA, false, "member", "admin");
        }
        return UUID.fromString(notified.text("select member_id from notifications.member where username = '" + GRETA
                + "'"));
    }

    /** A standard Greta edits (and so follows), moved from working draft to committee draft. */
    private UUID followedStandardMovedToCommitteeDraft() {
        UUID standard = UUID.randomUUID();
        inTransaction(() -> drafting.take(UUID.randomUUID(), new StandardCreated(standard.toString(),
                "TAWG " + standard.toString().substring(0, 4), "AI terminology", "", List.of(GRETA), "eli",
                Instant.now())));
        inTransaction(() -> drafting.take(UUID.randomUUID(), new StageChanged(standard.toString(), "WORKING_DRAFT",
                "COMMITTEE_DRAFT", "Ready for the committee", null, null, "eli", Instant.now())));
        return standard;
    }

    private void notice(UUID member, String membershipChange) {
        notified.execute("insert into notifications.notice (id, member_id, kind, event_id, subject_id, params,"
                + " created_at) values (gen_random_uuid(), '" + member + "', 'MEMBERSHIP_CHANGED', gen_random_uuid(),"
                + " '" + member + "', '" + membershipChange + "', now())");
    }

    private static RequestSpecification french() {
        return given().header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5");
    }

    /** German chosen with the shell's switch, whatever the browser asks for. */
    private static RequestSpecification german() {
        return given().header("Accept-Language", "en").cookie("accord-language", "de");
    }

    private static String page(RequestSpecification reader, String path) {
        return reader.when().get(path).then().statusCode(200).extract().asString();
    }

    /** What a reader sees of a page: its text, without tags and their attributes. */
    private static void assertNoCodes(String page) {
        String text = page.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
        assertThat(text).doesNotContain(CODES);
    }

    private static void inTransaction(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }
}
