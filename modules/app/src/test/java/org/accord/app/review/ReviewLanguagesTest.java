package org.accord.app.review;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.accord.review.internal.app.Actor;
import org.accord.review.internal.app.Commenting;
import org.accord.review.internal.app.Disposing;
import org.accord.review.internal.app.RoundAdministration;
import org.accord.testing.AccordTestStack;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Comment rounds in French and German: pages, refusals, reports, and rounds the clock closed before it kept English
 * sentences. English stays what the other review tests read.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class ReviewLanguagesTest {

    private static final String LENA = "lena.review@example.org";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    /** Codes that must never reach a reader as they are stored. */
    private static final Pattern RAW_CODE = Pattern.compile("\\b(SCHEDULED|OPEN|CLOSED|STANDING|WITHDRAWN|INDUSTRY"
            + "|ACADEMIA|CIVIL_SOCIETY|OBSERVER|EXTERNAL|ACCEPTED|ACCEPTED_IN_PRINCIPLE|NOTED|REJECTED|WHILE_OPEN"
            + "|AFTER_CLOSE)\\b");
    private static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));

    @Inject
    Reviewing reviewing;
    @Inject
    Commenting commenting;
    @Inject
    Disposing disposing;
    @Inject
    RoundAdministration rounds;

    @Test
    @TestSecurity(user = LENA, roles = {"member", "moderator"})
    void roundAndCommentPages_inFrenchAndGerman_nameStatesTypesSidesGroupsAndDecisions_neverRawCodes() {
        reviewing.member(LENA, "EU", "ACADEMIA", true);
        String us = reviewing.member("US", "INDUSTRY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        UUID comment = commenting.submit(round, new Commenting.Draft("1", 4, null, "te", "Narrow the scope", null),
                us);
        commenting.submit(round, new Commenting.Draft("general", null, null, "ge", "Shorter, please", null), LENA);

        String list = page("/rounds", "fr");
        assertThat(list).contains("lang=\"fr\"", "<h1>Tours de commentaires</h1>", ">ouvert<",
                "Clôture le (", "de tous les membres pendant que le tour est ouvert");
        assertNoRawCodes(list);
        String open = page("/rounds/" + round, "fr");
        assertThat(text(open)).contains("Commentaires par délégation et groupe de parties prenantes",
                "Clause 1 · ligne 4 · te — technique", "(États-Unis · Industrie)", "Milieu universitaire",
                "Général (l’ensemble du document) · ge — général", "Prolonger le tour", "Clôture le (");
        assertNoRawCodes(open);

        rounds.close(round, "Assez de commentaires", Reviewing.MODERATOR);
        disposing.dispose(round, new Disposing.Answer(List.of(comment), "ACCEPTED_IN_PRINCIPLE", "Scope narrowed",
                "Worded differently", List.of()), EDITOR);

        String closed = page("/rounds/" + round, "de");
        assertThat(closed).contains("lang=\"de\"", "data-status=\"CLOSED\">geschlossen<");
        assertThat(text(closed)).contains("Kommentare nach Delegation und Interessengruppe",
                "Geschlossen von mo: Assez de commentaires", "Grundsätzlich angenommen", "(USA · Industrie)",
                "Wissenschaft");
        assertNoRawCodes(closed);
        String shown = page("/rounds/" + round + "/comments/" + comment, "de");
        assertThat(text(shown)).contains("Kommentar #1", "te — technisch", "Entscheidung: Grundsätzlich angenommen",
                "USA · Industrie", "Zurück zur Runde");
        assertNoRawCodes(shown);
        String french = page("/rounds/" + round + "/comments/" + comment, "fr");
        assertThat(text(french)).contains("Suite donnée : Accepté sur le principe", "te — technique");
        assertNoRawCodes(french);
    }

    @Test
    @TestSecurity(user = LENA, roles = "member")
    void aCommentAfterClose_isRefusedInTheReadersLanguage_asAProblemAndOnTheForm() throws Exception {
        OpenRound open = aRoundOpenToLena("fr");
        UUID round = open.id();
        Response form = open.page();
        String token = csrf(form.asString());
        String cookie = form.getCookie("accord-csrf");

        String refused = given().header("Accept-Language", "fr").cookie("accord-csrf", cookie)
                .formParam("csrf-token", token).formParam("clause", "1").formParam("type", "te")
                .formParam("text", " ").when().post("/rounds/" + round + "/comments").then().statusCode(400)
                .extract().asString();
        assertThat(refused).contains("aria-describedby=\"text-error\"", "id=\"text-error\"");
        assertThat(text(refused)).contains("« Commentaire » est obligatoire.");
        given().header("Accept-Language", "de").contentType(ContentType.JSON)
                .body(Map.of("clause", "1", "type", "xx", "text", "Art?")).when()
                .post("/api/rounds/" + round + "/comments").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("type"))
                .body("detail", startsWith("„xx“ ist keine Kommentarart"));

        rounds.close(round, "Done", Reviewing.MODERATOR);
        String french = given().header("Accept-Language", "fr").contentType(ContentType.JSON)
                .body(Map.of("clause", "1", "type", "te", "text", "Trop tard")).when()
                .post("/api/rounds/" + round + "/comments").then().statusCode(409)
                .contentType("application/problem+json").extract().path("detail");
        assertThat(spaced(french)).startsWith("Ce tour de commentaires a été clos le ")
                .endsWith(" ; il n’accepte plus de commentaires.");
        String german = given().header("Accept-Language", "de").contentType(ContentType.JSON)
                .body(Map.of("clause", "1", "type", "te", "text", "Zu spät")).when()
                .post("/api/rounds/" + round + "/comments").then().statusCode(409).extract().path("detail");
        assertThat(german).startsWith("Diese Kommentierungsrunde wurde am ")
                .endsWith(" geschlossen; sie nimmt keine Kommentare mehr an.");
        String page = given().header("Accept-Language", "de").cookie("accord-csrf", cookie)
                .formParam("csrf-token", token).formParam("clause", "1").formParam("type", "te")
                .formParam("text", "Zu spät").when().post("/rounds/" + round + "/comments").then().statusCode(409)
                .extract().asString();
        assertThat(page).contains("role=\"alert\" id=\"round-error\">Diese Kommentierungsrunde wurde am ");
        assertThat(reviewing.commentsIn(round))
                .isZero();
    }

    @Test
    @TestSecurity(user = LENA, roles = "member")
    void aRefusedCommentForm_showsWhatWasTypedAgain_asText_andStoresNothing() throws Exception {
        OpenRound open = aRoundOpenToLena("de");
        UUID round = open.id();
        Response form = open.page();
        Matcher clause = Pattern.compile("<option value=\"([0-9a-f-]{36})\"").matcher(form.asString());
        assertThat(clause.find()).isTrue();

        String refused = given().header("Accept-Language", "de").cookie("accord-csrf", form.getCookie("accord-csrf"))
                .formParam("csrf-token", csrf(form.asString())).formParam("clause", clause.group(1))
                .formParam("lineNumber", "zwölf").formParam("element", "Table 2").formParam("type", "ed")
                .formParam("text", "<script>alert(1)</script> Drei Absätze, die niemand zweimal tippen will.")
                .formParam("proposedChange", "Say \"shall\" once").when().post("/rounds/" + round + "/comments")
                .then().statusCode(400).extract().asString();

        assertThat(refused).contains("id=\"lineNumber-error\"", "value=\"zwölf\"", "value=\"Table 2\"",
                "<option value=\"" + clause.group(1) + "\" selected>", "value=\"ed\" checked",
                ">&lt;script&gt;alert(1)&lt;/script&gt; Drei Absätze, die niemand zweimal tippen will.</textarea>",
                ">Say &quot;shall&quot; once</textarea>").doesNotContain("<script>alert(1)");
        assertThat(reviewing.commentsIn(round))
                .isZero();
    }

    @Test
    @TestSecurity(user = LENA, roles = "member")
    void theReport_inFrenchAndGerman_keepsOnlyTheTemplatesHeadersInEnglish_andImportsBackInAnyLanguage()
            throws Exception {
        reviewing.member(LENA, "EU", "ACADEMIA", true);
        String us = reviewing.member("US", "INDUSTRY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        UUID first = commenting.submit(round, new Commenting.Draft("1", 12, null, "te", "Narrow the scope",
                "Say open models"), us);
        commenting.submit(round, new Commenting.Draft("general", null, null, "ge", "Shorter, please", null), LENA);
        UUID hidden = commenting.submit(round, new Commenting.Draft("2", null, null, "ed", "Call 555 0100", null),
                us);
        commenting.hide(round, hidden, "Personal data", Reviewing.MODERATOR);
        rounds.close(round, "Time to answer", Reviewing.MODERATOR);
        disposing.dispose(round, new Disposing.Answer(List.of(first), "ACCEPTED_IN_PRINCIPLE", "Scope narrowed",
                "Worded differently", List.of()), EDITOR);

        String report = page("/rounds/" + round + "/report", "fr");
        assertThat(text(report)).contains("Rapport sur la suite donnée aux commentaires", "États-Unis · Industrie",
                "UE · Milieu universitaire", "Général (l’ensemble du document)", "te — technique",
                "Accepté sur le principe", "Masqué par un modérateur le ");
        assertNoRawCodes(report);

        byte[] docx = given().header("Accept-Language", "de").when().get("/rounds/" + round + "/report.docx")
                .then().statusCode(200).extract().asByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> heading = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(heading.get(0)).isEqualTo("Behandlung der Kommentare: Comments on the draft");
            assertThat(heading.get(1)).contains(" · geschlossen am ").endsWith(" · 3 Kommentare");
            XWPFTable table = document.getTables().getFirst();
            assertThat(cells(table, 0)).containsExactly("MB/NC", "Line number", "Clause/Subclause",
                    "Paragraph/Figure/Table/Note", "Type of comment", "Comments", "Proposed change",
                    "Observations of the secretariat");
            assertThat(cells(table, 1)).containsExactly("USA · Industrie", "12", "1", "", "te", "Narrow the scope",
                    "Say open models", "Grundsätzlich angenommen.\nÄnderung: Scope narrowed\nWorded differently");
            assertThat(cells(table, 2).subList(0, 3)).containsExactly("EU · Wissenschaft", "", "allgemein");
            assertThat(cells(table, 3).get(5)).startsWith("Von der Moderation am ").endsWith(" ausgeblendet: "
                    + "Personal data");
        }
        String csv = new String(given().header("Accept-Language", "fr").when().get("/rounds/" + round
                + "/report.csv").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).as("machine-readable headers").isEqualTo("\uFEFFMB/NC,"
                + "Line number,Clause/Subclause,Paragraph/Figure/Table/Note,Type of comment,Comments,Proposed change,"
                + "Observations of the secretariat");

        UUID copy = reviewing.round(draft.versionId(), true);
        given().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .queryParam("fileName", "kommentare.docx").body(docx).when().post("/api/rounds/" + copy + "/import")
                .then().statusCode(200).body("comments", equalTo(3));
        assertThat(reviewing.count("select count(*) from review.comment where round_id = '" + copy
                + "' and clause_id is null and text = 'Shorter, please'")).as("'allgemein' is the whole document")
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = LENA, roles = "member")
    void roundsTheClockClosed_keepNoEnglishSentence_afterTheMigration_andSayItInEachLanguage() throws Exception {
        reviewing.member(LENA, "EU", "ACADEMIA", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID onTime = reviewing.round(draft.versionId(), true);
        UUID early = reviewing.round(draft.versionId(), true);
        rounds.close(onTime, "Replaced below by what the clock used to write", Reviewing.MODERATOR);
        rounds.close(early, "Enough comments", Reviewing.MODERATOR);
        reviewing.execute("update review.round set closed_by = 'the round''s clock', close_reason = 'Closing time"
                + " reached' where id = '" + onTime + "'");

        reviewing.execute(migration("V2026_12_32_60__round_closings_without_prose.sql"));

        assertThat(reviewing.count("select count(*) from review.round where id = '" + onTime + "' and closed_by is"
                + " null and close_reason is null and closed_at is not null")).isEqualTo(1);
        assertThat(reviewing.count("select count(*) from review.round where id = '" + early + "' and closed_by ="
                + " 'mo' and close_reason = 'Enough comments'")).as("a moderator's reason is theirs").isEqualTo(1);
        assertThat(closedBy(onTime, "en")).startsWith("Closed at its closing time, ");
        assertThat(closedBy(onTime, "fr")).startsWith("Clos à l’heure prévue, le ");
        assertThat(closedBy(onTime, "de")).startsWith("Am ").endsWith(" zum vorgesehenen Ende geschlossen.");
        assertThat(closedBy(early, "de")).isEqualTo("Geschlossen von mo: Enough comments");
    }

    @Test
    @TestSecurity(user = LENA, roles = {"member", "moderator"})
    void aRoundOpenedWithoutATitle_isNamedInTheModeratorsLanguage() {
        Reviewing.Draft draft = reviewing.committeeDraft();
        String id = given().header("Accept-Language", "de").contentType(ContentType.JSON)
                .body(Map.of("draftVersionId", draft.versionId().toString(), "closesAt",
                        Instant.now().plusSeconds(86_400).toString()))
                .when().post("/api/rounds").then().statusCode(201).extract().path("id");
        given().header("Accept-Language", "fr").when().get("/api/rounds/" + id).then().statusCode(200)
                .body("title", equalTo("Kommentare zu CD 1"));
    }

    /** A round open for comments, Lena an EU member of Academia, and its page as she reads it in the language. */
    private OpenRound aRoundOpenToLena(String language) {
        reviewing.member(LENA, "EU", "ACADEMIA", true);
        UUID round = reviewing.round(reviewing.committeeDraft().versionId(), true);
        return new OpenRound(round, given().header("Accept-Language", language).when().get("/rounds/" + round));
    }

    private record OpenRound(UUID id, Response page) {
    }

    private static String page(String path, String language) {
        return given().header("Accept-Language", language).when().get(path).then().statusCode(200).extract()
                .asString();
    }

    private static String closedBy(UUID round, String language) {
        Matcher closed = Pattern.compile("<p id=\"closed-by\">([^<]*)</p>").matcher(page("/rounds/" + round,
                language));
        assertThat(closed.find()).as("the round says how it closed").isTrue();
        return spaced(unescaped(closed.group(1)));
    }

    /** What a reader sees: the page without its tags and attributes, entities resolved, spaces plain. */
    private static String text(String html) {
        return spaced(unescaped(html.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("<[^>]*>", "")));
    }

    /** The test's members are named after their side and group, e.g. "Reviewer US INDUSTRY": names are not codes. */
    private static void assertNoRawCodes(String html) {
        Matcher raw = RAW_CODE.matcher(text(html).replaceAll("Reviewer [A-Z]+ [A-Z_]+", "Reviewer"));
        assertThat(raw.find()).as(() -> "a raw code in the page's text: " + raw.group()).isFalse();
    }

    private static String unescaped(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String csrf(String html) {
        Matcher token = CSRF_FIELD.matcher(html);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static String migration(String name) throws Exception {
        try (InputStream sql = ReviewLanguagesTest.class.getClassLoader()
                .getResourceAsStream("db/migration/review/" + name)) {
            return new String(sql.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(ReviewLanguagesTest::cell).toList();
    }

    private static String cell(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
}
