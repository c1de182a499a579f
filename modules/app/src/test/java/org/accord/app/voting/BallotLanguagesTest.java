package org.accord.app.voting;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.Voting;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.accord.app.voting.LocalizedPages.between;
import static org.accord.app.voting.LocalizedPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Ballot pages, results and refusals in English, French and German: statuses, rules, scopes, positions, summaries and
 * explanations in the reader's language, raw codes only in machine attributes, the API's texts in English.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class BallotLanguagesTest {

    /** What the ballot pages must never show people: the codes of statuses, positions, rules and groups. */
    private static final Pattern RAW_CODE = Pattern.compile("\\b(SCHEDULED|OPEN|CLOSED|CANCELLED|APPROVE|"
            + "APPROVE_WITH_COMMENTS|DISAPPROVE|ABSTAIN|SIMPLE_MAJORITY|ISO_DIS|OASIS_SPECIAL_MAJORITY|"
            + "TRANSATLANTIC_DOUBLE_MAJORITY|STAKEHOLDER_CONCURRENCE|INDUSTRY|ACADEMIA|CIVIL_SOCIETY|VOTES_CAST|"
            + "ELIGIBLE|AT_LEAST|MORE_THAN)\\b");
    private static final String VOTER = "ballot-languages@example.org";
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s[a-z-]+=\"[^\"]*\"");

    @Inject
    Electorate electorate;
    @Inject
    Voting voting;
    @Inject
    BallotAdministration administration;

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void openBallotPage_inFrenchAndGerman_namesStatusRuleScopesAndPositions_neverTheirCodes() {
        String us = electorate.voter("US", "ACADEMIA", true);
        String eu = electorate.voter("EU", "CIVIL_SOCIETY", true);
        electorate.voter("US", "INDUSTRY", true);
        UUID ballot = electorate.ballot(null, "STAKEHOLDER_CONCURRENCE", false);
        voting.cast(ballot, us, "APPROVE_WITH_COMMENTS", "Tighten clause 2");
        voting.cast(ballot, eu, "DISAPPROVE", "Not yet");

        String french = page("/ballots/" + ballot, "fr");
        assertThat(french).contains("lang=\"fr\"", "<h2>Situation actuelle</h2>",
                "data-status=\"OPEN\">ouvert</span>",
                "Plus de 1/2 des suffrages exprimés sont favorables, au sein de chaque groupe de parties prenantes",
                "data-scope=\"ACADEMIA\"><th scope=\"row\">Milieu universitaire</th>",
                "data-scope=\"CIVIL_SOCIETY\"><th scope=\"row\">Société civile</th>",
                "data-scope=\"US\"><th scope=\"row\">États-Unis</th>",
                "<strong data-position=\"DISAPPROVE\">Désapprouver</strong>",
                "<strong data-position=\"APPROVE_WITH_COMMENTS\">Approuver avec commentaires</strong>",
                "Ensemble\u00a0: approbations\u00a0: 1 sur 2 suffrages exprimés (50,0\u00a0%)\u00a0; il faut plus de 1/2");
        assertNoRawCodes(french);

        String german = page("/ballots/" + ballot, "de");
        assertThat(german).contains("lang=\"de\"", "<h2>Aktueller Stand</h2>", "data-status=\"OPEN\">offen</span>",
                "Mehr als 1/2 der abgegebenen Stimmen sind Zustimmungen, in jeder Interessengruppe",
                "data-scope=\"ACADEMIA\"><th scope=\"row\">Wissenschaft</th>",
                "data-scope=\"CIVIL_SOCIETY\"><th scope=\"row\">Zivilgesellschaft</th>",
                "<strong data-position=\"DISAPPROVE\">Ablehnung</strong>",
                "Gesamt: Zustimmungen: 1 von 2 abgegebenen Stimmen (50,0\u00a0%); erforderlich sind mehr als 1/2");
        assertNoRawCodes(german);

        given().header("Accept-Language", "fr").when().get("/api/ballots/" + ballot).then().statusCode(200)
                .body("$", not(hasKey("scopeNames")))
                .body("rule", equalTo("More than 1/2 of votes cast approve, within each stakeholder group"))
                .body("standing.checks.find { it.scope == 'overall' }.explanation", equalTo("Overall: 1 of 2 votes"
                        + " cast approve (50.0%); needs more than 1/2 — 1 more approval needed"));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void ballotsPage_inFrenchAndGerman_namesStatusesAndRules_andTheClosingTimesZone() {
        electorate.ballot(null, "OASIS_SPECIAL_MAJORITY", false);

        String french = page("/ballots", "fr");
        assertThat(french).contains("<h1>Scrutins</h1>", "data-status=\"OPEN\">ouvert</td>",
                "<option value=\"OASIS_SPECIAL_MAJORITY\">Majorité spéciale OASIS</option>",
                "<label for=\"closesAt\">Clôture (fuseau horaire ");
        assertNoRawCodes(french.replaceAll("(?s)<tbody>.*?</tbody>", "") + statusCells(french));

        String german = page("/ballots", "de");
        assertThat(german).contains("<h1>Abstimmungen</h1>", "data-status=\"OPEN\">offen</td>",
                "<option value=\"TRANSATLANTIC_DOUBLE_MAJORITY\">Transatlantische doppelte Mehrheit</option>",
                "<label for=\"closesAt\">Ende (Zeitzone ");
        assertNoRawCodes(german.replaceAll("(?s)<tbody>.*?</tbody>", "") + statusCells(german));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void closedBallot_showsItsSummaryAndChecks_inEachLanguage() {
        String a = electorate.voter("US", "INDUSTRY", true);
        String b = electorate.voter("EU", "ACADEMIA", true);
        String c = electorate.voter("EU", "CIVIL_SOCIETY", true);
        electorate.voter("US", "ACADEMIA", true);
        UUID ballot = electorate.ballot(null, "ISO_DIS", false);
        voting.cast(ballot, a, "APPROVE", null);
        voting.cast(ballot, b, "APPROVE", null);
        voting.cast(ballot, c, "DISAPPROVE", "Too vague");
        administration.close(ballot, "Enough votes", "mo");

        Map<String, List<String>> expected = Map.of(
                "en", List.of("Does not pass yet: 1 more approval needed overall", "Overall: 2 of 3 votes cast approve"
                        + " (66.7%); needs at least 2/3; 1 of 3 votes cast disapprove (33.3%), more than the 1/4"
                        + " allowed — 1 more approval needed", "Closed by mo:", "Did not pass"),
                "fr", List.of("Pas encore adopté\u00a0: il manque 1 approbation dans l’ensemble", "Ensemble\u00a0:"
                        + " approbations\u00a0: 2 sur 3 suffrages exprimés (66,7\u00a0%)\u00a0; il faut au moins 2/3"
                        + "\u00a0; désapprobations\u00a0: 1 sur 3 suffrages exprimés (33,3\u00a0%), au-delà des 1/4"
                        + " admis — il manque 1 approbation", "Clos par mo\u00a0:", "Non adopté"),
                "de", List.of("Noch nicht angenommen: insgesamt fehlt 1 Zustimmung", "Gesamt: Zustimmungen: 2 von 3"
                        + " abgegebenen Stimmen (66,7\u00a0%); erforderlich sind mindestens 2/3; Ablehnungen: 1 von 3"
                        + " abgegebenen Stimmen (33,3\u00a0%), mehr als die zulässigen 1/4 — 1 weitere Zustimmung"
                        + " nötig", "Beendet von mo:", "Nicht angenommen"));
        expected.forEach((language, words) -> {
            String html = page("/ballots/" + ballot, language);
            assertThat(between(html, "<p id=\"result-summary\">", "</p>")).isEqualTo(words.get(0));
            assertThat(between(html, "<li class=\"blocks\" data-scope=\"overall\">", "</li>"))
                    .isEqualTo(words.get(1));
            assertThat(html).contains(words.get(2), "data-passed=\"false\">" + words.get(3) + "</span>");
            assertNoRawCodes(html);
        });
        given().when().get("/api/ballots/" + ballot).then().statusCode(200)
                .body("summary", equalTo(expected.get("en").get(0)))
                .body("checks[0].explanation", equalTo(expected.get("en").get(1)));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void closedSecretBallot_showsItsOutcomesAndWithheldScopes_inEachLanguage() {
        String us = electorate.voter("US", "INDUSTRY", true);
        String eu = electorate.voter("EU", "ACADEMIA", true);
        UUID ballot = electorate.ballot(null, "TRANSATLANTIC_DOUBLE_MAJORITY", true);
        voting.cast(ballot, us, "APPROVE", null);
        voting.cast(ballot, eu, "DISAPPROVE", "Not ready");
        administration.close(ballot, "Time is up", "mo");

        String french = page("/ballots/" + ballot, "fr");
        assertThat(between(french, "<p id=\"result-summary\">", "</p>")).isEqualTo("Non adopté\u00a0: la règle n’est"
                + " pas respectée dans l’ensemble\u00a0; côté UE");
        assertThat(between(french, "<li class=\"blocks\" data-scope=\"EU\">", "</li>"))
                .isEqualTo("UE\u00a0: la règle n’est pas respectée (non publié\u00a0: moins de 5 votants)");
        assertThat(french).contains("<li data-position=\"DISAPPROVE\">Désapprouver\u00a0: <q>Not ready</q></li>");
        assertNoRawCodes(french);

        String german = page("/ballots/" + ballot, "de");
        assertThat(between(german, "<p id=\"result-summary\">", "</p>"))
                .isEqualTo("Nicht angenommen: Die Regel ist nicht erfüllt (insgesamt; auf EU-Seite)");
        assertThat(between(german, "<li class=\"holds\" data-scope=\"US\">", "</li>"))
                .isEqualTo("USA: erfüllt (nicht veröffentlicht: weniger als 5 Abstimmende)");
        assertNoRawCodes(german);
    }

    @Test
    @TestSecurity(user = VOTER, roles = "member")
    void refusedVote_isExplainedInTheReadersLanguage_inTheApiAndInTheForm() throws Exception {
        if (electorate.count("select count(*) from voting.voter where username = '" + VOTER + "'") == 0) {
            electorate.voter(VOTER, "EU", "ACADEMIA", true);
        }
        UUID open = electorate.ballot(null, "SIMPLE_MAJORITY", false);
        UUID closed = electorate.ballot(null, "SIMPLE_MAJORITY", false);
        administration.close(closed, "Done", "mo");

        vote("fr", closed, "APPROVE").then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Ce scrutin est clos\u00a0; les votes ne sont plus reçus."));
        vote("de", closed, "APPROVE").then().statusCode(409)
                .body("detail", equalTo("Diese Abstimmung ist beendet; es werden keine Stimmen mehr angenommen."));
        vote("de", open, "MAYBE").then().statusCode(400).body("field", equalTo("position")).body("detail",
                equalTo("Wählen Sie eine Position: Zustimmung, Zustimmung mit Anmerkungen, Ablehnung oder Enthaltung."));
        vote("fr", open, null).then().statusCode(400).body("detail", equalTo("Choisissez une position\u00a0:"
                + " approuver, approuver avec commentaires, désapprouver ou s’abstenir."));

        String badPosition = voteForm("de", open, "MAYBE").then().statusCode(400).contentType(ContentType.HTML)
                .extract().asString();
        assertThat(badPosition).contains("lang=\"de\"",
                "<fieldset role=\"radiogroup\" aria-invalid=\"true\" aria-describedby=\"position-error\">",
                "<p class=\"field-error\" id=\"position-error\">Wählen Sie eine Position: Zustimmung");
        String missingReason = voteForm("fr", open, "DISAPPROVE").then().statusCode(400).extract().asString();
        assertThat(missingReason).contains("aria-invalid=\"true\" aria-describedby=\"reason-error\"",
                "<p class=\"field-error\" id=\"reason-error\">« Motif » est obligatoire.</p>");
        String afterClose = voteForm("fr", closed, "APPROVE").then().statusCode(409).extract().asString();
        assertThat(afterClose).contains("<p class=\"error\" role=\"alert\" id=\"general-error\">Ce scrutin est clos"
                + "\u00a0; les votes ne sont plus reçus.</p>");
        assertNoRawCodes(afterClose);
        assertThat(electorate.count("select count(*) from voting.vote where ballot_id in ('" + open + "', '" + closed
                + "')")).as("a refused vote changes nothing").isZero();
    }

    private static Response vote(String language, UUID ballot, String position) {
        return given().header("Accept-Language", language).contentType(ContentType.JSON)
                .body(position == null ? Map.of() : Map.of("position", position)).when()
                .put("/api/ballots/" + ballot + "/vote");
    }

    /** The vote form posted as a browser posts it, with the page's CSRF token. */
    private static Response voteForm(String language, UUID ballot, String position) {
        Response form = given().when().get("/ballots/" + ballot);
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(form.asString());
        assertThat(token.find()).isTrue();
        return given().header("Accept-Language", language).cookie("accord-csrf", form.getCookie("accord-csrf"))
                .formParam("csrf-token", token.group(1)).formParam("position", position).when()
                .post("/ballots/" + ballot + "/vote");
    }

    /** Page text with machine attributes (data-*, value, ids, links) left out, where codes belong. */
    private static void assertNoRawCodes(String html) {
        String shown = ATTRIBUTE.matcher(html).replaceAll("");
        assertThat(RAW_CODE.matcher(shown).results().map(MatchResult::group).toList()).as("raw codes shown to people")
                .isEmpty();
    }

    /** The status cells of the ballots table, which lists other tests' ballots too, whose titles are theirs. */
    private static String statusCells(String html) {
        return Pattern.compile("<td data-status=\"[A-Z]+\">[^<]*</td>").matcher(html).results()
                .map(MatchResult::group).reduce("", String::concat);
    }
}
