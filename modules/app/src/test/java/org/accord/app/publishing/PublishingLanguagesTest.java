package org.accord.app.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.platform.i18n.LocalFormats;
import org.accord.publishing.internal.app.LiaisonRecording;
import org.accord.testing.AccordTestStack;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Publishing's pages, refusals and stored reasons in French and German: the exports list and a version's page with
 * stages and states in words, a liaison statement with its days as the reader writes them, the checks of a bundle's
 * verification, problem details and form errors; a failed export keeps a code and its parameters, never a sentence, and
 * the migration reads the sentences stored before back into codes. The standard's own exports stay as they are.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class PublishingLanguagesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Codes that must never reach a reader as they are: stages, export states, failure codes. */
    private static final Pattern RAW_CODE = Pattern.compile("\\b(WORKING_DRAFT|COMMITTEE_DRAFT|CONSENSUS_DRAFT"
            + "|APPROVED|PUBLISHED|WITHDRAWN|NOT_REQUESTED|GENERATING|READY|FAILED|TEXT_ALTERED|TEXT_INCOMPLETE)\\b");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String MIGRATION = "db/migration/publishing/V2026_12_32_71__export_failure_codes.sql";
    private static final String NBSP = "\u00a0";

    @Inject
    ConsensusDrafts drafts;
    @Inject
    LiaisonRecording recording;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator"})
    void theExportListAndAVersionsPage_speakFrenchAndGerman_withStagesAndStatesInWords() {
        ConsensusDrafts.Draft draft = drafts.publishedWorkingDraft();
        awaitVersion(draft.versionId());

        String french = page("fr", "/exports");
        assertThat(french).contains("<h1>Exports</h1>", "<h2>Versions de projet</h2>", "<h2>Paquets signés</h2>");
        assertThat(row(french, draft.versionId())).contains("data-stage=\"WORKING_DRAFT\">Projet de travail<");
        assertNoRawCode(french);
        String german = page("de", "/exports");
        assertThat(german).contains("<h1>Exporte</h1>", "<h2>Entwurfsfassungen</h2>");
        assertThat(row(german, draft.versionId())).contains("data-stage=\"WORKING_DRAFT\">Arbeitsentwurf<");
        assertNoRawCode(german);

        String version = page("fr", "/exports/versions/" + draft.versionId());
        assertThat(version).contains("<h2>Téléchargements</h2>", "Figée au stade Projet de travail le",
                "data-status=\"NOT_REQUESTED\"", "Produit au premier téléchargement",
                "id=\"bundle-refusal\">Aucun scrutin adopté sur WD 1 n’a porté " + draft.reference());
        assertNoRawCode(version);
        assertThat(page("de", "/exports/versions/" + draft.versionId())).contains("<h2>Downloads</h2>",
                "Wird beim ersten Herunterladen erstellt", "Keine angenommene Abstimmung über WD 1 hat "
                        + draft.reference());
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator"})
    void aFailedExport_keepsACodeAndItsParameters_andSaysWhyInTheReadersLanguage() throws Exception {
        ConsensusDrafts.Draft draft = drafts.publishedWorkingDraft();
        awaitVersion(draft.versionId());
        execute("update publishing.clause_revision set text = text || ' (altered)' where id = (select revision_id"
                + " from publishing.version_clause where draft_version_id = '" + draft.versionId()
                + "' order by ordinal limit 1)");
        String exportApi = "/api/publishing/versions/" + draft.versionId() + "/exports/html";
        given().contentType(ContentType.JSON).when().post(exportApi);
        Awaitility.await().atMost(PATIENCE).until(() -> "FAILED".equals(given().when().get(exportApi).then()
                .statusCode(200).extract().path("status")));

        List<String> stored = storedFailure(draft.versionId());
        assertThat(stored.getFirst()).isEqualTo("TEXT_ALTERED");
        List<?> parameters = json.readValue(stored.get(1), List.class);
        assertThat(parameters).hasSize(2).element(1).isEqualTo(draft.contentHash());
        String found = (String) parameters.getFirst();
        assertThat(found).hasSize(64).isNotEqualTo(draft.contentHash());

        given().when().get(exportApi).then().body("failureCode", equalTo("TEXT_ALTERED"))
                .body("failure", equalTo("the text publishing holds hashes to " + found + ", not to the frozen "
                        + draft.contentHash() + "."));
        given().header("Accept-Language", "fr").when().get(exportApi + "/file").then().statusCode(409)
                .contentType(containsString("problem+json"))
                .body("detail", equalTo("L’export html de cette version n’a pas pu être produit" + NBSP + ": le texte"
                        + " que détient le module de publication a pour empreinte " + found + ", et non l’empreinte"
                        + " figée " + draft.contentHash() + "."));
        given().header("Accept-Language", "de").when().get(exportApi + "/file").then().statusCode(409)
                .body("detail", equalTo("Der html-Export dieser Fassung konnte nicht erstellt werden: Der Text, der"
                        + " dem Veröffentlichungsmodul vorliegt, hat den Hash " + found + ", nicht den eingefrorenen"
                        + " Hash " + draft.contentHash() + "."));
        assertThat(page("de", "/exports/versions/" + draft.versionId()))
                .contains("data-status=\"FAILED\"", "Konnte nicht erstellt werden: Der Text");
        String french = page("fr", "/exports/versions/" + draft.versionId());
        assertThat(french).contains("N’a pas pu être produit" + NBSP + ": le texte");
        assertNoRawCode(french);
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator"})
    void refusals_areProblemDetailsInTheReadersLanguage() {
        UUID unknown = UUID.randomUUID();
        given().header("Accept-Language", "de").when()
                .get("/api/publishing/versions/" + unknown + "/exports/odt").then().statusCode(404)
                .body("detail", equalTo("Es gibt kein Exportformat „odt“; die Formate sind sts, akoma-ntoso, pdf,"
                        + " docx, html, markdown, json."));
        given().header("Accept-Language", "fr").when().get("/api/publishing/versions/" + unknown).then()
                .statusCode(404).body("detail", equalTo("Aucune version de projet " + unknown
                        + " n’est connue du module de publication."));
        given().header("Accept-Language", "fr").contentType("application/zip").body(new byte[0]).when()
                .post("/api/publishing/verifications").then().statusCode(400).body("field", equalTo("bundle"))
                .body("detail", equalTo("Envoyez un paquet (un fichier ZIP) comme corps de la requête."));
        given().header("Accept-Language", "de").contentType("application/zip")
                .body("no zip".getBytes(StandardCharsets.UTF_8)).when().post("/api/publishing/verifications").then()
                .statusCode(200).body("checks[0].name", equalTo("ZIP")).body("checks[0].passed", equalTo(false))
                .body("checks[0].message", startsWith("Das Paket ist kein lesbares ZIP: "));
    }

    @Test
    @TestSecurity(user = "liv", roles = {"member", "liaison"})
    void aLiaisonStatementAndItsFormsRefusals_readInFrenchAndGerman_withDaysAsTheReaderWritesThem() {
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(7);
        String subject = "Languages " + UUID.randomUUID();
        UUID id = recording.send(new LiaisonRecording.Statement("OECD", subject, "Body", List.of(), due), "liv");

        String french = page("fr", "/exports/statements/" + id);
        assertThat(french).contains("<h2 id=\"bundles-heading\">Paquets joints</h2>",
                "<h2 id=\"replies-heading\">Réponses</h2>", "Envoyée à OECD par liv le",
                "id=\"reply-due\">Une réponse est attendue le " + day(due, Locale.FRENCH) + ".</p>",
                "Aucune réponse n’a encore été enregistrée.", ">Enregistrer la réponse</button>");
        String german = page("de", "/exports/statements/" + id);
        assertThat(german).contains("<h2 id=\"bundles-heading\">Beigefügte Pakete</h2>", "Gesendet an OECD von liv am",
                "id=\"reply-due\">Eine Antwort ist am " + day(due, Locale.GERMAN) + " fällig.</p>");

        Response list = given().header("Accept-Language", "de").when().get("/exports/statements");
        assertThat(row(list.asString(), id)).contains("<time datetime=\"" + due + "\">" + day(due, Locale.GERMAN)
                + "</time>");
        assertThat(list.asString()).contains("<h1>Liaison-Erklärungen</h1>",
                "<th scope=\"col\">Antwort fällig am</th>");

        String cookie = list.getCookie("accord-csrf");
        String token = csrfToken(list.asString());
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        given().header("Accept-Language", "fr").cookie("accord-csrf", cookie).formParam("csrf-token", token)
                .formParam("addressee", "GPAI").formParam("subject", subject).formParam("body", "Text")
                .formParam("replyDue", yesterday.toString()).when().post("/exports/statements").then().statusCode(400)
                .body(containsString("<p class=\"field-error\" id=\"replyDue-error\">La date de réponse attendue "
                        + yesterday + " est passée" + NBSP + "; choisissez aujourd’hui"))
                .body(containsString("aria-describedby=\"replyDue-error\""));
        given().header("Accept-Language", "de").cookie("accord-csrf", cookie).formParam("csrf-token", token)
                .formParam("addressee", "GPAI").formParam("subject", " ").formParam("body", "Text").when()
                .post("/exports/statements").then().statusCode(400)
                .body(containsString("id=\"subject-error\">„Betreff“"));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member"})
    void theVerifyPage_namesEachCheckAndWhatItFound_inTheReadersLanguage() {
        Response form = given().header("Accept-Language", "fr").when().get("/exports/verify");
        assertThat(form.asString()).contains("<h1>Vérifier un paquet</h1>",
                "<label for=\"bundle\">Paquet (ZIP)</label>");
        String cookie = form.getCookie("accord-csrf");
        String token = csrfToken(form.asString());

        String verified = given().header("Accept-Language", "fr").cookie("accord-csrf", cookie)
                .multiPart("csrf-token", token)
                .multiPart("bundle", "not-a-bundle.zip", "no zip".getBytes(StandardCharsets.UTF_8), "application/zip")
                .when().post("/exports/verify").then().statusCode(200).extract().asString();
        assertThat(verified).contains("id=\"verdict\">not-a-bundle.zip n’est pas valide.</h2>",
                "<th scope=\"col\">Vérification</th>", "data-check=\"ZIP\"><td>ZIP</td><td>✗ échouée</td>",
                "<td>le paquet n’est pas un ZIP lisible" + NBSP + ": ");

        given().header("Accept-Language", "de").cookie("accord-csrf", cookie).multiPart("csrf-token", token)
                .multiPart("bundle", "", new byte[0], "application/zip").when().post("/exports/verify").then()
                .statusCode(400).body(containsString(
                        "id=\"bundle-error\">Wählen Sie ein Paket (eine ZIP-Datei) zur Prüfung aus.</p>"));
    }

    /**
     * The migration runs on a copy of the old table in a schema of its own, with the sentences the application stored
     * before: each becomes its code and parameters, the sentences' column goes, and a failure without a code is
     * refused.
     */
    @Test
    void theMigration_readsStoredSentencesBackIntoCodesAndParameters() throws Exception {
        String schema = "publishing_before_" + UUID.randomUUID().toString().replace("-", "");
        UUID ready = UUID.randomUUID();
        UUID altered = UUID.randomUUID();
        UUID incomplete = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String found = "a".repeat(64);
        String frozen = "b".repeat(64);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("create schema " + schema);
            try {
                sql.execute("create table " + schema + ".export (id uuid primary key, status text not null,"
                        + " failure text)");
                sql.execute("insert into " + schema + ".export values ('" + ready + "', 'READY', null), ('" + altered
                        + "', 'FAILED', 'The text publishing holds for version " + UUID.randomUUID() + " hashes to "
                        + found + ", not to the frozen " + frozen + "'), ('" + incomplete + "', 'FAILED', 'The text"
                        + " of CD 2 has not fully reached publishing yet; try again in a moment.'), ('" + invalid
                        + "', 'FAILED', 'The sts export is not valid against its schema:' || chr(10) || '3:14: one'"
                        + " || chr(10) || '4:1: two'), ('" + other + "', 'FAILED', 'Font missing')");

                sql.execute(migration().replace("publishing.export", schema + ".export"));

                assertThat(failure(sql, schema, ready)).containsExactly(null, null);
                assertThat(failure(sql, schema, altered)).containsExactly("TEXT_ALTERED",
                        "[\"" + found + "\",\"" + frozen + "\"]");
                assertThat(failure(sql, schema, incomplete)).containsExactly("TEXT_INCOMPLETE", "[\"CD 2\"]");
                assertThat(failure(sql, schema, invalid)).containsExactly("INVALID", "[\"3:14: one\\n4:1: two\"]");
                assertThat(failure(sql, schema, other)).containsExactly("ERROR", "[\"Font missing\"]");
                assertThatThrownBy(() -> sql.executeQuery("select failure from " + schema + ".export"))
                        .hasMessageContaining("failure");
                assertThatThrownBy(() -> sql.execute("insert into " + schema + ".export (id, status) values ('"
                        + UUID.randomUUID() + "', 'FAILED')")).hasMessageContaining("export_failure_has_code");
            } finally {
                sql.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static List<String> failure(Statement sql, String schema, UUID id) throws SQLException {
        try (ResultSet row = sql.executeQuery("select failure_code, failure_parameters::jsonb::text from " + schema
                + ".export where id = '" + id + "'")) {
            assertThat(row.next()).isTrue();
            return Arrays.asList(row.getString(1), row.getString(2) == null
                    ? null
                    : row.getString(2).replace(", ", ","));
        }
    }

    private List<String> storedFailure(UUID versionId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select failure_code, failure_parameters from publishing.export"
                        + " where draft_version_id = '" + versionId + "' and format = 'HTML'")) {
            assertThat(row.next()).isTrue();
            return List.of(row.getString(1), row.getString(2));
        }
    }

    private static String migration() throws IOException {
        try (InputStream in = PublishingLanguagesTest.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String page(String language, String path) {
        return given().header("Accept-Language", language).when().get(path).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
    }

    /** The table row of the page that links to the id. */
    private static String row(String page, UUID id) {
        int link = page.indexOf(id.toString());
        assertThat(link).as("a row of %s", id).isPositive();
        return page.substring(page.lastIndexOf("<tr", link), page.indexOf("</tr>", link));
    }

    /** What the reader sees of the page's main content: its text, without markup and machine attributes. */
    private static void assertNoRawCode(String page) {
        String main = page.substring(page.indexOf("<main"), page.indexOf("</main>")).replaceAll("<[^>]+>", " ");
        Matcher raw = RAW_CODE.matcher(main);
        assertThat(raw.find()).as("a code shown as it is: %s", raw.hitEnd() ? "" : raw.group()).isFalse();
    }

    private static String day(LocalDate day, Locale language) {
        return LocalFormats.date(day.atStartOfDay(ZoneOffset.UTC).toInstant(), language, ZoneOffset.UTC);
    }

    private static void awaitVersion(UUID versionId) {
        Awaitility.await().atMost(PATIENCE).until(() -> given().when().get("/api/publishing/versions/" + versionId)
                .then().extract().statusCode() == 200);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static String csrfToken(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
