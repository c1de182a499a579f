package org.accord.app.drafting;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StandardQueries;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.SuggestionsHandling;
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
class DraftingPagesTest {

    private static final Actor ELI = new Actor("eli", Set.of("member", "editor"));
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    StandardQueries queries;
    @Inject
    SuggestionsHandling suggestions;

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void staleSaveInTheBrowser_showsTheirRevisionBesideYours_andKeepsYourText() {
        UUID id = standards.create(ELI, "P" + UUID.randomUUID().toString().substring(0, 8), "Pages", "", List.of());
        UUID clause = editing.add(ELI, id, null, 0, "CLAUSE", "Openness", "Weights are published.");
        UUID base = queries.clause(id, clause).clause().revisionId();
        editing.revise(ELI, id, clause, base, "Openness", "Weights are published openly.", "Someone else");

        Response page = given().when().get("/standards/" + id + "/clauses/" + clause);
        String token = csrfToken(page.asString());
        given().cookie("accord-csrf", page.getCookie("accord-csrf")).formParam("csrf-token", token)
                .formParam("baseRevisionId", base.toString()).formParam("heading", "Openness")
                .formParam("text", "My own wording of the clause.").formParam("rationale", "Mine").when()
                .post("/standards/" + id + "/clauses/" + clause).then().statusCode(409)
                .body(allOf(containsString("Someone else saved this clause first"),
                        containsString("Weights are published openly."),
                        containsString("My own wording of the clause.")));
        assertThat(queries.clause(id, clause).clause().text()).isEqualTo("Weights are published openly.");
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void acceptingASuggestionOnAnOlderText_inTheBrowser_showsTheThreeTexts_andAcceptsOntoTheCurrentOnRequest() {
        UUID id = standards.create(ELI, "Q" + UUID.randomUUID().toString().substring(0, 8), "Pages", "", List.of());
        UUID clause = editing.add(ELI, id, null, 0, "CLAUSE", "Openness", "Weights are published.");
        UUID base = queries.clause(id, clause).clause().revisionId();
        UUID suggestion = suggestions.suggest(new Actor("uma", Set.of("member")), id, clause, null,
                "Weights and code are published.", "Code too");
        editing.revise(ELI, id, clause, base, "Openness", "Weights are published under an open licence.", "Licence");
        UUID current = queries.clause(id, clause).clause().revisionId();

        Response page = given().when().get("/standards/" + id + "/clauses/" + clause);
        given().cookie("accord-csrf", page.getCookie("accord-csrf")).formParam("csrf-token", csrfToken(page
                .asString())).formParam("clauseId", clause.toString()).formParam("accept", "true")
                .formParam("reason", "Agreed").when().post("/standards/" + id + "/suggestions/" + suggestion
                        + "/decision")
                .then().statusCode(409).body(allOf(containsString("id=\"stale-suggestion\""),
                        containsString("Weights are published."), containsString("Weights and code are published."),
                        containsString("Weights are published under an open licence."),
                        containsString("name=\"ontoRevisionId\" value=\"" + current + "\"")));
        assertThat(queries.clause(id, clause).clause().text())
                .isEqualTo("Weights are published under an open licence.");

        given().redirects().follow(false).cookie("accord-csrf", page.getCookie("accord-csrf"))
                .formParam("csrf-token", csrfToken(page.asString())).formParam("clauseId", clause.toString())
                .formParam("accept", "true").formParam("reason", "Still right")
                .formParam("ontoRevisionId", current.toString()).when()
                .post("/standards/" + id + "/suggestions/" + suggestion + "/decision").then().statusCode(303);
        assertThat(queries.clause(id, clause).clause().text()).isEqualTo("Weights and code are published.");
        var accepting = queries.clause(id, clause).revisions().getFirst();
        assertThat(accepting.rationale()).isEqualTo("Still right");
        assertThat(accepting.acceptance().in(Locale.ENGLISH))
                .isEqualTo("accepted the suggestion of uma, made on revision 1, onto revision 2");
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void decidingASuggestionSomeoneJustDecided_inTheBrowser_is409_showingTheirDecisionBesideYours() {
        UUID id = standards.create(ELI, "W" + UUID.randomUUID().toString().substring(0, 8), "Pages", "", List.of());
        UUID clause = editing.add(ELI, id, null, 0, "CLAUSE", "Openness", "Weights are published.");
        UUID suggestion = suggestions.suggest(new Actor("uma", Set.of("member")), id, clause, null,
                "Weights and code are published.", "Code too");
        Response page = given().when().get("/standards/" + id + "/clauses/" + clause);
        suggestions.decide(new Actor("eva", Set.of("member", "admin")), id, suggestion, false, "Not in this round",
                null);

        given().cookie("accord-csrf", page.getCookie("accord-csrf")).formParam("csrf-token", csrfToken(page
                .asString())).formParam("clauseId", clause.toString()).formParam("accept", "true")
                .formParam("reason", "Code matters as much").when()
                .post("/standards/" + id + "/suggestions/" + suggestion + "/decision").then().statusCode(409)
                .body(allOf(containsString("already declined by eva"), containsString("Not in this round"),
                        containsString("id=\"your-decision\""), containsString("Code matters as much")));
        assertThat(queries.clause(id, clause).clause().text()).isEqualTo("Weights are published.");
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void preview_rendersSafeMarkdown() {
        UUID id = standards.create(ELI, "V" + UUID.randomUUID().toString().substring(0, 8), "Preview", "", List.of());
        Response page = given().when().get("/standards/" + id);
        page.then().statusCode(200).body(containsString("<datalist id=\"clause-parents\">"));

        given().cookie("accord-csrf", page.getCookie("accord-csrf")).formParam("csrf-token", csrfToken(page.asString()))
                .formParam("text", "**bold** <script>alert(1)</script>").when().post("/standards/preview").then()
                .statusCode(200).body(allOf(containsString("<strong>bold</strong>"), not(containsString("<script"))));
    }

    @Test
    @TestSecurity(user = "uma", roles = "member")
    void memberSeesNoEditingForms_butCanReadAndSuggest() {
        UUID id = standards.create(ELI, "R" + UUID.randomUUID().toString().substring(0, 8), "Read", "", List.of());
        UUID clause = editing.add(ELI, id, null, 0, "CLAUSE", "Openness", "Text.");

        given().when().get("/standards/" + id).then().statusCode(200)
                .body(allOf(containsString("Openness"), not(containsString("id=\"add-clause\"")),
                        not(containsString("id=\"publish-version\""))));
        given().when().get("/standards/" + id + "/clauses/" + clause).then().statusCode(200)
                .body(allOf(containsString("id=\"suggest-form\""), not(containsString("id=\"edit-clause\""))));
    }

    static String csrfToken(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
