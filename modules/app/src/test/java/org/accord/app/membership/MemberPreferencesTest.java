package org.accord.app.membership;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.app.SentStatements;
import org.accord.membership.internal.app.Admission;
import org.accord.membership.internal.app.Admissions;
import org.accord.platform.i18n.LanguagePreferences;
import org.accord.platform.i18n.LanguagePreferences.Preferences;
import org.accord.platform.i18n.Languages;
import org.accord.platform.i18n.LocalFormats;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The language and time zone a member chose: kept with their profile, edited on the profile form or the API, read by
 * every page they open, and set by the shell's language switch.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class MemberPreferencesTest {

    private static final String ROUND_TRIP = "prefs-round-trip@example.org";
    private static final String REFUSED = "prefs-refused@example.org";
    private static final String GERMAN = "prefs-german@example.org";
    private static final String NEW_YORK = "prefs-new-york@example.org";
    private static final String SWITCH = "prefs-switch@example.org";
    private static final String ONE_QUERY = "prefs-one-query@example.org";

    @Inject
    Admissions admissions;
    @Inject
    LanguagePreferences preferences;

    @Test
    @TestSecurity(user = ROUND_TRIP, roles = "member")
    void profileForm_storesLanguageAndZone_whichThePagesAndTheApiShow() {
        String id = seed(ROUND_TRIP);
        assertThat(preferences.of(ROUND_TRIP)).contains(new Preferences(Optional.empty(), Languages.UTC));
        String form = given().when().get("/members/me/edit").then().statusCode(200)
                .body(allOf(containsString("<option value=\"\" selected>"),
                        containsString("<option value=\"fr\" lang=\"fr\">Français</option>"),
                        containsString("<option value=\"de\" lang=\"de\">Deutsch</option>"),
                        containsString("<option value=\"UTC\" selected>UTC</option>"),
                        containsString("<label for=\"timeZone\">")))
                .extract().asString();
        assertThat(form.indexOf("value=\"UTC\"")).as("UTC comes first").isLessThan(form.indexOf("value=\"Africa/"));

        PageForm.of("/members/me/edit").formParam("fullName", "Round Trip").formParam("affiliation", "Sorbonne")
                .formParam("language", "fr").formParam("timeZone", "Europe/Paris").when().post("/members/me/edit")
                .then().statusCode(303).header("Location", containsString("/members/" + id));

        assertThat(preferences.of(ROUND_TRIP))
                .contains(new Preferences(Optional.of(Locale.FRENCH), ZoneId.of("Europe/Paris")));
        given().when().get("/members/me/edit").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"fr\""), containsString("<h1>Modifier mon profil</h1>"),
                        containsString("<option value=\"fr\" lang=\"fr\" selected>Français</option>"),
                        containsString("<option value=\"Europe/Paris\" selected>Europe/Paris</option>")));
        given().when().get("/members/" + id).then().statusCode(200)
                .body(allOf(containsString("data-language=\"fr\""), containsString("<span lang=\"fr\">Français</span>"),
                        containsString("<dd id=\"member-time-zone\">Europe/Paris</dd>")));
        given().when().get("/api/members/me").then().statusCode(200).body("member.language", equalTo("fr"))
                .body("member.timeZone", equalTo("Europe/Paris"));

        given().contentType(ContentType.JSON).body(Map.of("fullName", "Round Trip", "affiliation", "Sorbonne"))
                .when().put("/api/members/me/profile").then().statusCode(200).body("member.language", equalTo("fr"))
                .body("member.timeZone", equalTo("Europe/Paris"));
        given().contentType(ContentType.JSON).body(Map.of("fullName", "Round Trip", "affiliation", "Sorbonne",
                "language", "", "timeZone", "America/Chicago")).when().put("/api/members/me/profile").then()
                .statusCode(200).body("member.language", nullValue()).body("member.timeZone",
                        equalTo("America/Chicago"));
        assertThat(preferences.of(ROUND_TRIP))
                .contains(new Preferences(Optional.empty(), ZoneId.of("America/Chicago")));
    }

    @Test
    @TestSecurity(user = REFUSED, roles = "member")
    void unknownLanguageOrZone_isRefusedInPlace_andNothingIsStored() {
        String id = seed(REFUSED);

        PageForm.of("/members/me/edit").formParam("fullName", "Never Stored").formParam("affiliation", "Nowhere")
                .formParam("language", "es").formParam("timeZone", "Europe/Madrid").when().post("/members/me/edit")
                .then().statusCode(400)
                .body(allOf(containsString("id=\"language-error\""), containsString("aria-invalid=\"true\""),
                        containsString("Unknown language"), containsString("value=\"Never Stored\"")));
        PageForm.of("/members/me/edit").formParam("fullName", "Never Stored").formParam("affiliation", "Nowhere")
                .formParam("language", "de").formParam("timeZone", "Mars/Olympus_Mons").when()
                .post("/members/me/edit").then().statusCode(400)
                .body(allOf(containsString("id=\"timeZone-error\""),
                        containsString("aria-describedby=\"timeZone-hint timeZone-error\""),
                        containsString("is not a time zone")));
        given().contentType(ContentType.JSON).body(Map.of("fullName", "Never Stored", "affiliation", "Nowhere",
                "timeZone", "+02:00")).when().put("/api/members/me/profile").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("timeZone"));
        given().contentType(ContentType.JSON).body(Map.of("fullName", "Never Stored", "affiliation", "Nowhere",
                "language", "EN")).when().put("/api/members/me/profile").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("language"));

        assertThat(preferences.of(REFUSED)).contains(new Preferences(Optional.empty(), Languages.UTC));
        given().when().get("/api/members/" + id).then().statusCode(200)
                .body("member.fullName", equalTo("Seeded Person")).body("member.language", nullValue())
                .body("member.timeZone", nullValue()).body("history.kind", equalTo(List.of("MemberAdmitted")));
    }

    @Test
    @TestSecurity(user = GERMAN, roles = "member")
    void memberWhoChoseGerman_readsGerman_whateverTheBrowserAsksFor() {
        seed(GERMAN);
        given().header("Accept-Language", "fr-FR,fr;q=0.9").when().get("/members").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"fr\""), containsString("<h1>Membres</h1>")));

        preferences.chooseLanguage(GERMAN, Locale.GERMAN);

        given().header("Accept-Language", "fr-FR,fr;q=0.9").when().get("/members").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"de\""), containsString("<h1>Mitglieder</h1>"),
                        not(containsString("Membres"))));
        given().header("Accept-Language", "fr").cookie("accord-language", "fr").when().get("/members/me/edit")
                .then().statusCode(200).body(containsString("<h1>Mein Profil bearbeiten</h1>"));
        given().header("Accept-Language", "fr").contentType(ContentType.JSON).body(Map.of("fullName", "x",
                "affiliation", "y", "timeZone", "Mars/Olympus_Mons")).when().put("/api/members/me/profile").then()
                .statusCode(400).body("detail", containsString("„Mars/Olympus_Mons“ ist keine Zeitzone"));
    }

    @Test
    @TestSecurity(user = NEW_YORK, roles = "member")
    void memberInNewYork_readsTimesInNewYork_whileTheApiStaysInUtc() {
        String id = seed(NEW_YORK);
        given().contentType(ContentType.JSON).body(Map.of("fullName", "Seeded Person", "affiliation",
                "Seed Institute", "timeZone", "America/New_York")).when().put("/api/members/me/profile").then()
                .statusCode(200);
        String admittedAt = given().when().get("/api/members/me").then().statusCode(200).extract()
                .path("member.admittedAt");
        assertThat(admittedAt).as("the API speaks UTC in ISO-8601").endsWith("Z");
        Instant admitted = Instant.parse(admittedAt);
        String inNewYork = LocalFormats.dateTime(admitted, Locale.ENGLISH, ZoneId.of("America/New_York"));
        assertThat(inNewYork).isNotEqualTo(LocalFormats.dateTime(admitted, Locale.ENGLISH, Languages.UTC))
                .containsPattern("E[SD]T$");

        given().when().get("/members/" + id).then().statusCode(200)
                .body(containsString("<dd id=\"member-joined\">" + inNewYork + "</dd>"));
    }

    @Test
    @TestSecurity(user = SWITCH, roles = "member")
    void languageSwitch_storesTheChoiceOnce_andLeavesTheZoneAndOtherPeopleAlone() {
        String id = seed(SWITCH);
        given().contentType(ContentType.JSON).body(Map.of("fullName", "Seeded Person", "affiliation",
                "Seed Institute", "timeZone", "Europe/Berlin")).when().put("/api/members/me/profile").then()
                .statusCode(200);
        int before = historyLength(id);

        preferences.chooseLanguage(SWITCH, Locale.GERMANY);
        preferences.chooseLanguage(SWITCH, Locale.GERMAN);
        preferences.chooseLanguage("nobody-" + UUID.randomUUID(), Locale.FRENCH);

        assertThat(preferences.of(SWITCH))
                .contains(new Preferences(Optional.of(Locale.GERMAN), ZoneId.of("Europe/Berlin")));
        assertThat(historyLength(id)).as("one change recorded, the repeated choice changed nothing")
                .isEqualTo(before + 1);
        assertThat(preferences.of("nobody-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void readingAMembersPreferences_isOneStatement_andWritesNothing() {
        seed(ONE_QUERY);
        preferences.chooseLanguage(ONE_QUERY, Locale.FRENCH);
        List<String> sent = SentStatements.of(() -> assertThat(preferences.of(ONE_QUERY))
                .map(Preferences::language).contains(Optional.of(Locale.FRENCH)));

        assertThat(sent).singleElement().asString().startsWithIgnoringCase("select");
    }

    private static int historyLength(String id) {
        return given().when().get("/api/members/" + id).then().statusCode(200).extract().path("history.size()");
    }

    private String seed(String email) {
        return admissions.admit(new Admission(email, "Seeded Person", "Seed Institute", "EU", "ACADEMIA", List.of(),
                true, "Seeded by the test"), "ada").id().toString();
    }
}
