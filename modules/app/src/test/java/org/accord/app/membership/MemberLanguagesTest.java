package org.accord.app.membership;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Membership's pages, refusals and history in English, French and German, and no code where a word belongs. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class MemberLanguagesTest {

    /** Codes people must never read: sides, statuses, and roles as the system spells them ("liaison" is French). */
    private static final Pattern RAW_CODE = Pattern
            .compile("\\b(OBSERVER|ACTIVE|SUSPENDED|LEFT|CIVIL_SOCIETY|member|editor|moderator|admin)\\b");

    @ParameterizedTest
    @CsvSource({"fr, Membres, Admettre un membre, Observateur, Suspendu, Modérateur",
            "de, Mitglieder, Mitglied aufnehmen, Beobachter, Suspendiert, Moderation"})
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void pages_speakTheReadersLanguage_andNameNoCode(String language, String members, String admit,
            String observer, String suspended, String moderator) {
        String email = Admitting.uniqueEmail();
        String id = Admitting.admit(Admitting.request(email, "CIVIL_SOCIETY", "OBSERVER", false, "moderator"));
        suspend(id);

        String directory = page("/members?q=" + email, language);
        assertThat(directory).contains("<html lang=\"" + language + "\"", "<h1>" + members + "</h1>", observer,
                suspended, moderator, "data-side=\"OBSERVER\"", "data-status=\"SUSPENDED\"");
        assertThat(page("/members/admit", language)).contains("<h1>" + admit + "</h1>");
        String profile = page("/members/" + id, language);
        assertThat(profile).contains(observer, suspended, moderator);

        for (String visible : List.of(directory, profile)) {
            assertThat(RAW_CODE.matcher(visibleText(visible)).results().map(match -> match.group()).toList())
                    .as("codes shown to people in %s", language).isEmpty();
        }
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void apiRefusals_speakTheReadersLanguage() {
        Map<String, Object> martian = new HashMap<>(
                Admitting.request(Admitting.uniqueEmail(), "INDUSTRY", "US", true, "member"));
        martian.put("side", "MARS");

        refusal(martian, "fr").body("field", equalTo("side"))
                .body("detail", equalTo("Côté inconnu « MARS » : choisissez US, EU ou OBSERVER."));
        refusal(martian, "de").body("detail", equalTo("Unbekannte Seite „MARS“: Wählen Sie US, EU oder OBSERVER."));
        refusal(martian, "en").body("detail", equalTo("Unknown side 'MARS': choose US, EU or OBSERVER."));

        String id = Admitting.admit(Admitting.request(Admitting.uniqueEmail(), "INDUSTRY", "US", true));
        suspend(id);
        given().header("Accept-Language", "de").contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post("/api/members/" + id + "/suspension").then().statusCode(409)
                .body("detail", equalTo("Nur ein aktives Mitglied kann suspendiert werden; dieses Mitglied ist"
                        + " suspendiert."));
        given().header("Accept-Language", "fr").when().get("/api/members/" + UUID.randomUUID()).then()
                .statusCode(404).body("detail", containsString("Il n’existe pas de membre"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr|« not-an-email » n’est pas une adresse e-mail.",
            "de|„not-an-email“ ist keine E-Mail-Adresse."})
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void formRefusal_isShownNextToTheField_inTheReadersLanguage(String language, String message) {
        PageForm.of("/members/admit").header("Accept-Language", language).formParam("email", "not-an-email")
                .formParam("fullName", "Form Person").formParam("affiliation", "Institute").formParam("side", "EU")
                .formParam("stakeholderGroup", "ACADEMIA").formParam("roles", "member")
                .formParam("reason", "Form test").when().post("/members/admit").then().statusCode(400)
                .body(allOf(containsString("<p class=\"field-error\" id=\"email-error\">" + message + "</p>"),
                        containsString("aria-describedby=\"email-error\"")));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void history_keepsCodesAndFacts_andIsWordedForEachReader() throws SQLException {
        String id = Admitting.admit(Admitting.request(Admitting.uniqueEmail(), "ACADEMIA", "EU", true, "editor"));
        given().contentType(ContentType.JSON).body(Map.of("roles", List.of("moderator"), "reason", "Runs rounds"))
                .when().put("/api/members/" + id + "/roles").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("votingRights", false, "reason", "An alternate"))
                .when().put("/api/members/" + id + "/voting-rights").then().statusCode(200);
        suspend(id);

        assertThat(storedHistory(id)).containsExactlyInAnyOrder(
                "MemberAdmitted|EU|Academia|member,editor|null", "MemberRolesChanged|null|null|member,moderator|null",
                "VotingRightsChanged|null|null|null|false", "MemberSuspended|null|null|null|null");

        assertThat(page("/members/" + id, "en")).contains("Admitted to Academia on the EU side as Member, Editor",
                "Roles: Member, Moderator", "Voting rights withdrawn", "<strong>Suspended</strong>");
        assertThat(page("/members/" + id, "fr")).contains(
                "Admission dans le groupe Academia côté UE en tant que Membre, Rédacteur", "Rôles : Membre, Modérateur",
                "Droit de vote retiré", "<strong>Suspension</strong>", "<h2>Historique</h2>");
        assertThat(page("/members/" + id, "de")).contains(
                "Aufnahme in die Gruppe Academia auf der EU-Seite als Mitglied, Redaktion",
                "Rollen: Mitglied, Moderation", "Stimmrecht entzogen", "<strong>Suspendierung</strong>");
        given().when().get("/api/members/" + id).then().statusCode(200)
                .body("history.kind", hasItems("MemberAdmitted", "MemberSuspended"))
                .body("history.summary", hasItem("Roles: Member, Moderator"));
        given().header("Accept-Language", "fr").when().get("/api/members/" + id).then().statusCode(200)
                .body("history.summary", hasItem("Rôles : Membre, Modérateur"));
    }

    private static void suspend(String id) {
        given().contentType(ContentType.JSON).body(Map.of("reason", "Conduct review")).when()
                .post("/api/members/" + id + "/suspension").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse refusal(Map<String, Object> request, String language) {
        return given().header("Accept-Language", language).contentType(ContentType.JSON).body(request).when()
                .post("/api/members").then().statusCode(400).contentType("application/problem+json");
    }

    private static String page(String path, String language) {
        return given().header("Accept-Language", language).when().get(path).then().statusCode(200).extract()
                .asString();
    }

    /** What a person reads: the text between the tags, without scripts and styles. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ");
    }

    private static List<String> storedHistory(String memberId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(AccordTestStack.jdbcUrl());
                PreparedStatement query = connection.prepareStatement("select kind, side, group_name, roles,"
                        + " voting_rights from membership.member_change where member_id = ?")) {
            query.setObject(1, UUID.fromString(memberId));
            List<String> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|"
                            + row.getString(4) + "|" + row.getObject(5));
                }
            }
            return rows;
        }
    }
}
