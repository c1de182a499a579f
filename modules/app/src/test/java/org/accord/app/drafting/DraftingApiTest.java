package org.accord.app.drafting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.app.backbone.KafkaTopics;
import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.Redlines;
import org.accord.drafting.internal.app.StageChanging;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.SuggestionsHandling;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.platform.errors.RuleViolation;
import org.accord.testing.AccordTestStack;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class DraftingApiTest {

    private static final Actor ELI = new Actor("eli", Set.of("member", "editor"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    SuggestionsHandling suggestions;
    @Inject
    VersionPublishing versions;
    @Inject
    StageChanging stages;
    @Inject
    Redlines redlines;

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void editor_buildsAStandard_clausesAreNumberedAndKeepTheirIdsWhenMoved() {
        String id = Drafts.standard("Functional definition " + UUID.randomUUID());
        String scope = Drafts.clause(id, null, "SECTION", "Scope", "This standard defines open-source AI.");
        String terms = Drafts.clause(id, null, "SECTION", "Terms and definitions", "");
        String weights = Drafts.clause(id, terms, "TERM", "Model weights", "The learned parameters.");
        Drafts.clause(id, terms, "NOTE", "Note on weights", "Weights include biases.");
        String annex = Drafts.clause(id, null, "ANNEX", "Examples of licences", "MIT, Apache-2.0.");

        standard(id).body("clauses.number", contains("1", "2", "2.1", "NOTE 1", "Annex A"));

        given().contentType(ContentType.JSON).body(Map.of("parentId", scope)).when()
                .post("/api/standards/" + id + "/clauses/" + weights + "/move").then().statusCode(200)
                .body("clauses.find { it.id == '" + weights + "' }.number", equalTo("1.1"))
                .body("clauses.find { it.id == '" + annex + "' }.number", equalTo("Annex A"));
        given().contentType(ContentType.JSON).body(Map.of("parentId", weights)).when()
                .post("/api/standards/" + id + "/clauses/" + scope + "/move").then().statusCode(400)
                .body("detail", containsString("cannot move under itself"));
        given().when().get("/api/standards/" + id + "/history").then().statusCode(200)
                .body("items.summary", hasItem(containsString("Moved \"Model weights\"")));
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void movesNameTheirTargetById_andAWrongTargetIsRefused_leavingTheOutlineAsItWas() {
        String id = Drafts.standard("Moves " + UUID.randomUUID());
        String first = Drafts.clause(id, null, "SECTION", "First", "");
        String inner = Drafts.clause(id, first, "CLAUSE", "Inner", "");
        String second = Drafts.clause(id, null, "SECTION", "Second", "");
        String third = Drafts.clause(id, null, "SECTION", "Third", "");
        String elsewhere = Drafts.clause(Drafts.standard("Elsewhere " + UUID.randomUUID()), null, "SECTION", "Other",
                "");

        move(id, third, Map.of("beforeId", first)).statusCode(200).body("clauses.heading",
                contains("Third", "First", "Inner", "Second"));
        move(id, second, Map.of("parentId", first, "beforeId", inner)).statusCode(200)
                .body("clauses.number", contains("1", "2", "2.1", "2.2"))
                .body("clauses.heading", contains("Third", "First", "Second", "Inner"));

        move(id, first, Map.of("parentId", first)).statusCode(400).body("field", equalTo("parentId"));
        move(id, first, Map.of("parentId", inner)).statusCode(400).body("field", equalTo("parentId"));
        move(id, inner, Map.of("parentId", elsewhere)).statusCode(400).body("field", equalTo("parentId"));
        move(id, inner, Map.of("beforeId", second)).statusCode(400).body("field", equalTo("beforeId"));
        move(id, inner, Map.of("parentId", first, "beforeId", inner)).statusCode(400)
                .body("field", equalTo("beforeId"));
        move(id, UUID.randomUUID().toString(), Map.of()).statusCode(404);
        standard(id).body("clauses.heading", contains("Third", "First", "Second", "Inner"));
    }

    private static ValidatableResponse move(String id, String clause, Map<String, String> target) {
        return given().contentType(ContentType.JSON).body(target).when()
                .post("/api/standards/" + id + "/clauses/" + clause + "/move").then();
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void editors_chooseTheirCoEditors_andOnlyListedEditorsMayEdit() {
        String id = Drafts.standard("Editors " + UUID.randomUUID());
        given().contentType(ContentType.JSON).body(Map.of("editors", List.of("eli", "eva"))).when()
                .put("/api/standards/" + id + "/editors").then().statusCode(200)
                .body("editors", contains("eli", "eva"));
        given().contentType(ContentType.JSON).body(Map.of("editors", List.of(" "))).when()
                .put("/api/standards/" + id + "/editors").then().statusCode(400).body("field", equalTo("editors"));
        UUID other = standards.create(new Actor("emi", Set.of("member", "editor")), "O" + UUID.randomUUID()
                .toString().substring(0, 8), "Someone else's", "", List.of());
        given().contentType(ContentType.JSON).body(Map.of("kind", "CLAUSE", "heading", "Mine")).when()
                .post("/api/standards/" + other + "/clauses").then().statusCode(403)
                .body("detail", containsString("Only the editors"));
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void saveFromAStaleRevision_isRefusedWithTheOtherChange_andNothingIsOverwritten() {
        String id = Drafts.standard("Concurrent " + UUID.randomUUID());
        String clause = Drafts.clause(id, null, "CLAUSE", "Openness", "Weights are published.");
        String base = currentRevision(id, clause);

        Drafts.revise(id, clause, base, "Openness", "Weights are published under an open licence.", "Clarify")
                .statusCode(200);
        Drafts.revise(id, clause, base, "Openness", "Weights may be published.", "Soften").statusCode(409)
                .contentType("application/problem+json")
                .body("current.text", equalTo("Weights are published under an open licence."))
                .body("current.number", equalTo(2)).body("field", equalTo("baseRevisionId"));

        given().when().get("/api/standards/" + id + "/clauses/" + clause).then().statusCode(200)
                .body("clause.text", equalTo("Weights are published under an open licence."))
                .body("revisions.number", contains(2, 1));
        given().queryParam("from", 1).queryParam("to", 2).when()
                .get("/api/standards/" + id + "/clauses/" + clause + "/diff").then().statusCode(200)
                .body("textRedline", allOf(containsString("<ins>"), containsString("licence")));
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void badInput_isRefusedClearly_andChangesNothing() {
        String id = Drafts.standard("Refusals " + UUID.randomUUID());
        String clause = Drafts.clause(id, null, "CLAUSE", "Safe", "Plain text.");
        String base = currentRevision(id, clause);

        Drafts.revise(id, clause, base, "Safe", "x".repeat(1_048_576), "Too long").statusCode(400)
                .body("field", equalTo("text")).body("detail", containsString("1,048,576 characters long"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "POEM", "heading", "x")).when()
                .post("/api/standards/" + id + "/clauses").then().statusCode(400).body("field", equalTo("kind"));
        for (String read : List.of("", "/versions", "/history", "/suggestions", "/clauses/" + clause)) {
            given().when().get("/api/standards/" + UUID.randomUUID() + read).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", containsString("There is no standard"));
        }
        given().when().get("/api/standards/" + id + "/clauses/" + UUID.randomUUID()).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"heading\": ").when().post("/api/standards/" + id + "/clauses")
                .then().statusCode(400).body("detail", containsString("not valid JSON"));

        Drafts.revise(id, clause, base, "Safe", "Hello <script>alert('x')</script> [link](javascript:alert(1))"
                + " <img src=x onerror=alert(1)>", "Injection").statusCode(200);
        given().when().get("/api/standards/" + id).then().statusCode(200)
                .body("clauses[0].html", allOf(not(containsString("<script")), not(containsString("<img")),
                        not(containsString("href=\"javascript")), containsString("Hello")));
        assertThat(given().when().get("/standards/" + id).then().statusCode(200).extract().asString())
                .doesNotContain("<script>alert").doesNotContain("<img src=x");
        given().when().get("/api/standards/" + id + "/clauses/" + clause).then()
                .body("revisions.number", contains(2, 1));
    }

    @Test
    @TestSecurity(user = "uma", roles = "member")
    void plainMember_cannotEditOrPublish_butCanSuggest_andSeesTheOutcome() {
        UUID id = standards.create(ELI, "S " + UUID.randomUUID().toString().substring(0, 8), "Suggestions", "",
                List.of());
        UUID clause = editing.add(ELI, id, null, 0, "CLAUSE", "Training data", "Describe the data.");

        given().contentType(ContentType.JSON).body(Map.of("kind", "CLAUSE", "heading", "Mine")).when()
                .post("/api/standards/" + id + "/clauses").then().statusCode(403);
        given().contentType(ContentType.JSON).when().post("/api/standards/" + id + "/versions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("stage", "WITHDRAWN", "reason", "x")).when()
                .post("/api/standards/" + id + "/stage").then().statusCode(403);
        String suggestion = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Describe the data and its licence.", "reason", "Licences matter")).when()
                .post("/api/standards/" + id + "/clauses/" + clause + "/suggestions").then().statusCode(201)
                .extract().path("id");

        suggestions.decide(ELI, id, UUID.fromString(suggestion), true, "Agreed in the editing meeting", null);

        given().when().get("/api/standards/" + id + "/suggestions").then().statusCode(200)
                .body("items[0].status", equalTo("ACCEPTED"))
                .body("items[0].decisionReason", equalTo("Agreed in the editing meeting"));
        given().when().get("/api/standards/" + id + "/clauses/" + clause).then()
                .body("clause.text", equalTo("Describe the data and its licence."))
                .body("revisions[0].suggestionId", equalTo(suggestion));
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void acceptingASuggestionMadeOnAnOlderRevision_is409WithTheThreeTexts_andOverwritesNothing() {
        String id = Drafts.standard("Stale suggestions " + UUID.randomUUID());
        String clause = Drafts.clause(id, null, "CLAUSE", "Data", "Data is described.");
        String first = currentRevision(id, clause);
        String suggestion = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Data and its licence are described.", "reason", "Licences")).when()
                .post("/api/standards/" + id + "/clauses/" + clause + "/suggestions").then().statusCode(201)
                .extract().path("id");
        Drafts.revise(id, clause, first, "Data", "Data sources are listed.", "Newer work").statusCode(200);
        String second = currentRevision(id, clause);

        given().contentType(ContentType.JSON).body(Map.of("accept", true, "reason", "Good idea")).when()
                .post("/api/standards/" + id + "/suggestions/" + suggestion + "/decision").then().statusCode(409)
                .contentType("application/problem+json").body("field", equalTo("suggestion"))
                .body("suggestion.text", equalTo("Data and its licence are described."))
                .body("base.number", equalTo(1)).body("base.text", equalTo("Data is described."))
                .body("current.number", equalTo(2)).body("current.text", equalTo("Data sources are listed."))
                .body("current.revisionId", equalTo(second));
        given().contentType(ContentType.JSON).body(Map.of("accept", true, "reason", "Good idea", "ontoRevisionId",
                first)).when().post("/api/standards/" + id + "/suggestions/" + suggestion + "/decision").then()
                .statusCode(409);
        given().when().get("/api/standards/" + id + "/clauses/" + clause).then()
                .body("clause.text", equalTo("Data sources are listed."))
                .body("suggestions[0].status", equalTo("OPEN"));

        given().contentType(ContentType.JSON).body(Map.of("accept", true, "reason", "Still a good idea",
                "ontoRevisionId", second)).when()
                .post("/api/standards/" + id + "/suggestions/" + suggestion + "/decision").then().statusCode(200)
                .body("id", equalTo(suggestion)).body("status", equalTo("ACCEPTED"));
        given().when().get("/api/standards/" + id + "/clauses/" + clause).then()
                .body("clause.text", equalTo("Data and its licence are described."))
                .body("revisions[0].suggestionId", equalTo(suggestion))
                .body("revisions[0].rationale", equalTo("Still a good idea"))
                .body("revisions[0].accepted.suggestionId", equalTo(suggestion))
                .body("revisions[0].accepted.madeOnRevision", equalTo(1)).body("revisions[0].number", equalTo(3));
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void versions_areFrozen_diffedByClauseId_andExported() {
        String id = Drafts.standard("Versions " + UUID.randomUUID());
        String a = Drafts.clause(id, null, "CLAUSE", "Code", "Source code is available.");
        String b = Drafts.clause(id, null, "CLAUSE", "Weights", "Weights are available.");
        String c = Drafts.clause(id, null, "CLAUSE", "Data", "Data is described.");
        String wd1 = publish(id, "WD 1");

        Drafts.revise(id, b, currentRevision(id, b), "Weights", "Weights are available under an open licence.",
                "Licence").statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("beforeId", a)).when()
                .post("/api/standards/" + id + "/clauses/" + c + "/move").then().statusCode(200);
        given().queryParam("rationale", "Merged into Weights").when()
                .delete("/api/standards/" + id + "/clauses/" + a).then().statusCode(200);
        String d = Drafts.clause(id, null, "CLAUSE", "Documentation", "Model cards.");
        String wd2 = publish(id, "WD 2");

        given().queryParam("from", wd1).queryParam("to", wd2).when().get("/api/standards/" + id + "/diff").then()
                .statusCode(200).body("added", equalTo(1)).body("removed", equalTo(1)).body("changed", equalTo(1))
                .body("changes.find { it.clauseId == '" + d + "' }.type", equalTo("ADDED"))
                .body("changes.find { it.clauseId == '" + a + "' }.type", equalTo("REMOVED"))
                .body("changes.find { it.clauseId == '" + b + "' }.textRedline", containsString("<ins>"));
        given().when().get("/api/standards/" + id + "/versions/" + wd1).then().statusCode(200)
                .body("clauses.heading", contains("Code", "Weights", "Data"));
        given().when().get("/api/standards/" + id + "/versions/" + wd2 + "/markdown").then().statusCode(200)
                .body(allOf(containsString("## 1 Data"), containsString("## 3 Documentation")));
        assertThat(given().queryParam("from", wd1).queryParam("to", wd2).when().get("/standards/" + id + "/diff")
                .then().statusCode(200).extract().asString()).contains("<del>", "<ins>");
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void redlines_withoutOrWithMalformedFromAndTo_areRefusedNamingTheParameter() {
        String id = Drafts.standard("Redline parameters " + UUID.randomUUID());
        String clause = Drafts.clause(id, null, "CLAUSE", "Openness", "Weights are published.");
        String wd1 = publish(id, "WD 1");
        String diff = "/api/standards/" + id + "/diff";
        String clauseDiff = "/api/standards/" + id + "/clauses/" + clause + "/diff";

        refused(given().queryParam("to", wd1).when().get(diff), "from").body("detail",
                containsString("from is required"));
        refused(given().queryParam("from", wd1).when().get(diff), "to");
        refused(given().queryParam("from", "WD1").queryParam("to", wd1).when().get(diff), "from")
                .body("detail", containsString("not a draft version id"));
        refused(given().queryParam("to", 1).when().get(clauseDiff), "from");
        refused(given().queryParam("from", 1).queryParam("to", "latest").when().get(clauseDiff), "to")
                .body("detail", containsString("not a revision number"));
        given().queryParam("from", UUID.randomUUID()).queryParam("to", wd1).when().get(diff).then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("from", wd1).queryParam("to", wd1).when()
                .get("/api/standards/" + UUID.randomUUID() + "/diff").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("from", 1).queryParam("to", 9).when().get(clauseDiff).then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("to", wd1).when().get("/standards/" + id + "/diff").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void redlines_ofTheSameRevisionsOrVersions_areWorkedOutOnce() {
        String id = Drafts.standard("Redline cache " + UUID.randomUUID());
        String clause = Drafts.clause(id, null, "CLAUSE", "Openness", "Weights are published.");
        String wd1 = publish(id, "WD 1");
        Drafts.revise(id, clause, currentRevision(id, clause), "Openness", "Weights are released.", "Wording")
                .statusCode(200);
        String wd2 = publish(id, "WD 2");

        var before = redlines.stats();
        String versionRedline = given().queryParam("from", wd1).queryParam("to", wd2).when()
                .get("/api/standards/" + id + "/diff").then().statusCode(200).extract().asString();
        String clauseRedline = given().queryParam("from", 1).queryParam("to", 2).when()
                .get("/api/standards/" + id + "/clauses/" + clause + "/diff").then().statusCode(200).extract()
                .asString();
        var firstTime = redlines.stats();
        assertThat(given().queryParam("from", wd1).queryParam("to", wd2).when().get("/api/standards/" + id + "/diff")
                .then().statusCode(200).extract().asString()).isEqualTo(versionRedline).contains("released");
        assertThat(given().queryParam("from", 1).queryParam("to", 2).when()
                .get("/api/standards/" + id + "/clauses/" + clause + "/diff").then().statusCode(200).extract()
                .asString()).isEqualTo(clauseRedline).contains("released");
        var secondTime = redlines.stats();

        assertThat(firstTime.minus(before).missCount()).isEqualTo(2);
        assertThat(secondTime.minus(firstTime).hitCount()).isEqualTo(2);
        assertThat(secondTime.minus(firstTime).missCount()).isZero();
        given().queryParam("from", wd2).queryParam("to", wd1).when().get("/api/standards/" + id + "/diff").then()
                .statusCode(200);
        assertThat(redlines.stats().minus(secondTime).missCount()).as("the reverse is another redline").isEqualTo(1);
    }

    private static ValidatableResponse refused(Response response, String parameter) {
        return response.then().statusCode(400).contentType("application/problem+json").body("field",
                equalTo(parameter));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void stages_needTheRightRole_andAPassedBallotForConsensus() {
        UUID id = standards.create(ELI, "G " + UUID.randomUUID().toString().substring(0, 8), "Stages", "", List.of());
        assertThatThrownBy(() -> stages.change(ELI, id, "COMMITTEE_DRAFT", "Ready", null))
                .hasMessageContaining("Publish a draft version first");
        editing.add(ELI, id, null, 0, "CLAUSE", "Only clause", "Text.");
        versions.publish(ELI, id);
        stages.change(ELI, id, "COMMITTEE_DRAFT", "Ready for the committee", null);
        UUID cd1 = versions.publish(ELI, id);

        given().contentType(ContentType.JSON).body(Map.of("stage", "CONSENSUS_DRAFT", "reason", "Consensus")).when()
                .post("/api/standards/" + id + "/stage").then().statusCode(409).body("field", equalTo("ballotId"))
                .body("detail", containsString("needs the ballot that carries it"));

        String ballot = ballotClosed(cd1.toString(), true);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().contentType(ContentType.JSON)
                .body(Map.of("stage", "CONSENSUS_DRAFT", "reason", "The ballot passed", "ballotId", ballot)).when()
                .post("/api/standards/" + id + "/stage").then().statusCode(200)
                .body("stage", equalTo("CONSENSUS_DRAFT")));
        assertThatThrownBy(() -> stages.change(ELI, id, "APPROVED", "Approve", ballot))
                .isInstanceOf(RuleViolation.class).extracting("kind").isEqualTo(RuleViolation.Kind.FORBIDDEN);
        given().when().get("/standards/" + id).then().statusCode(200).body(containsString("Consensus draft"));
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void importFromMarkdown_turnsHeadingsIntoNestedClauses() {
        String markdown = """
                # Democratic values baseline

                Applies to open-source AI models.

                ## Transparency

                Publish design documents.

                ### Training data

                Describe sources.

                ## Safeguards

                ```
                # not a heading
                ```
                """;
        String id = given().contentType(ContentType.JSON).body(Map.of("reference", "IMP " + UUID.randomUUID()
                .toString().substring(0, 6), "markdown", markdown)).when().post("/api/standards/import").then()
                .statusCode(201).extract().path("id");

        standard(id).body("title", equalTo("Democratic values baseline"))
                .body("scope", equalTo("Applies to open-source AI models."))
                .body("clauses.heading", contains("Transparency", "Training data", "Safeguards"))
                .body("clauses.number", contains("1", "1.1", "2"));
    }

    private static ValidatableResponse standard(String id) {
        return given().when().get("/api/standards/" + id).then().statusCode(200);
    }

    private static String currentRevision(String id, String clause) {
        return given().when().get("/api/standards/" + id + "/clauses/" + clause).then().statusCode(200).extract()
                .path("clause.revisionId");
    }

    private static String publish(String id, String label) {
        return given().contentType(ContentType.JSON).when().post("/api/standards/" + id + "/versions").then()
                .statusCode(201)
                .body("label", equalTo(label)).extract().path("id");
    }

    /** A ballot result as voting published it before results carried hashes; @return the ballot's id */
    private String ballotClosed(String draftVersionId, boolean passed) {
        String ballotId = UUID.randomUUID().toString();
        String body = "{\"ballotId\":\"" + ballotId + "\",\"draftVersionId\":\"" + draftVersionId
                + "\",\"passed\":" + passed + ",\"closedAt\":\"" + Instant.now() + "\",\"tallies\":{},"
                + DraftingReviewTest.PASSED_TALLIES + "}";
        var record = new ProducerRecord<String, String>("accord.voting.v1", "ballot", body);
        record.headers().add("ce_id", bytes(UUID.randomUUID().toString())).add("ce_specversion", bytes("1.0"))
                .add("ce_type", bytes("accord.voting.BallotClosed")).add("ce_source", bytes("/accord/voting"));
        new KafkaTopics(bootstrapServers).send(record);
        return ballotId;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
