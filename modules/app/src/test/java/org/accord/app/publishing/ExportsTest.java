package org.accord.app.publishing;

import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Exports are rendered once, from the very text that was frozen, stored with their hash and served from storage; two
 * people asking at once make one file; a stored file cannot be changed; a text that does not hash to the frozen hash is
 * never exported.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class ExportsTest {

    private static final List<String> FORMATS = List.of("sts", "akoma-ntoso", "pdf", "docx", "html", "markdown",
            "json");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    ConsensusDrafts drafts;
    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator"})
    void everyFormat_isRenderedOnce_storedWithItsHash_andServedFromStorage() throws Exception {
        ConsensusDrafts.Draft draft = drafts.consensusDraft();
        awaitVersion(draft.versionId());

        for (String format : FORMATS) {
            Response first = fetch(draft.versionId(), format);
            String sha256 = sha256(first.asByteArray());
            assertThat(first.header("ETag")).as(format).isEqualTo("\"" + sha256 + "\"");
            assertThat(first.header("Content-Disposition")).as(format).contains(draft.reference().replace(' ', '-'))
                    .contains("CD-1");
            assertThat(fetch(draft.versionId(), format).asByteArray()).as("%s served again from storage", format)
                    .isEqualTo(first.asByteArray());
            assertThat(value("select sha256 from publishing.export where draft_version_id = '" + draft.versionId()
                    + "' and format = '" + format.toUpperCase().replace('-', '_') + "'")).isEqualTo(sha256);
        }
        assertThat(count("select count(*) from publishing.outbox where subject = '" + draft.versionId()
                + "' and event_type = 'accord.publishing.ExportGenerated.v1'")).as("one event per format")
                .isEqualTo(FORMATS.size());
        String html = fetch(draft.versionId(), "html").asString();
        assertThat(html).contains("Scope").contains("Annex A").contains(draft.contentHash());
        given().when().get("/api/publishing/versions/" + draft.versionId()).then().statusCode(200)
                .body("exports.findAll { it.status == 'READY' }.size()", equalTo(FORMATS.size()))
                .body("bundleRefusal", equalTo(null));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator"})
    void manyAskingAtOnce_renderOneFile() throws Exception {
        ConsensusDrafts.Draft draft = drafts.publishedWorkingDraft();
        awaitVersion(draft.versionId());
        ExecutorService askers = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> asks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                asks.add(() -> given().contentType(ContentType.JSON).when()
                        .post("/api/publishing/versions/" + draft.versionId() + "/exports/pdf")
                        .then().extract().statusCode());
            }
            for (Future<Integer> ask : askers.invokeAll(asks)) {
                assertThat(ask.get()).isIn(200, 202);
            }
        } finally {
            askers.shutdown();
        }
        fetch(draft.versionId(), "pdf");
        assertThat(count("select count(*) from publishing.export where draft_version_id = '" + draft.versionId()
                + "'")).isEqualTo(1);
        assertThat(count("select count(*) from publishing.outbox where subject = '" + draft.versionId()
                + "' and event_type = 'accord.publishing.ExportGenerated.v1'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator"})
    void aStoredExport_cannotBeChangedOrDeleted() throws Exception {
        ConsensusDrafts.Draft draft = drafts.publishedWorkingDraft();
        awaitVersion(draft.versionId());
        byte[] stored = fetch(draft.versionId(), "markdown").asByteArray();

        String row = "draft_version_id = '" + draft.versionId() + "' and format = 'MARKDOWN'";
        assertThatThrownBy(() -> execute("update publishing.export set content = '\\x00'::bytea where " + row))
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> execute("delete from publishing.export where " + row))
                .hasMessageContaining("never changed");
        assertThat(fetch(draft.versionId(), "markdown").asByteArray()).isEqualTo(stored);
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator"})
    void aTextThatIsNotTheFrozenText_isNeverExported() throws Exception {
        ConsensusDrafts.Draft draft = drafts.publishedWorkingDraft();
        awaitVersion(draft.versionId());
        // Someone with access to the database changes one clause's words in publishing's copy.
        execute("update publishing.clause_revision set text = text || ' (and nothing else)' where id = (select"
                + " revision_id from publishing.version_clause where draft_version_id = '" + draft.versionId()
                + "' order by ordinal limit 1)");

        given().contentType(ContentType.JSON).when().post("/api/publishing/versions/" + draft.versionId()
                + "/exports/html");
        Awaitility.await().atMost(PATIENCE).until(() -> "FAILED".equals(given().when()
                .get("/api/publishing/versions/" + draft.versionId() + "/exports/html").then().statusCode(200)
                .extract().path("status")));
        given().when().get("/api/publishing/versions/" + draft.versionId() + "/exports/html/file").then()
                .statusCode(409).contentType(containsString("problem+json"))
                .body("detail", containsString("not to the frozen " + draft.contentHash()));
        assertThat(count("select count(*) from publishing.export where draft_version_id = '" + draft.versionId()
                + "' and content is not null")).isZero();
    }

    @Test
    @TestSecurity(user = "uma", roles = "member")
    void unknownVersionsAndFormats_areNamedIn404s() {
        UUID unknown = UUID.randomUUID();
        given().when().get("/api/publishing/versions/" + unknown + "/exports/pdf/file").then().statusCode(404)
                .contentType(containsString("problem+json")).body("detail", containsString(unknown.toString()));
        given().when().get("/api/publishing/versions/" + unknown + "/exports/odt").then().statusCode(404)
                .body("detail", containsString("'odt'")).body("detail", containsString("akoma-ntoso"));
        given().when().get("/exports/versions/" + unknown).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator"})
    void theVersionPage_offersEveryFormat_andFollowsARenderingUntilItsFileIsThere() {
        ConsensusDrafts.Draft draft = drafts.publishedWorkingDraft();
        awaitVersion(draft.versionId());
        String page = given().when().get("/exports/versions/" + draft.versionId()).then().statusCode(200)
                .extract().asString();
        for (String format : FORMATS) {
            assertThat(page).contains("href=\"/exports/versions/" + draft.versionId() + "/" + format + "\"");
        }
        assertThat(page).contains("bundle-refusal").doesNotContain("build-bundle");

        String progress = given().when().get("/exports/versions/" + draft.versionId() + "/docx").then()
                .statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(progress).contains("id=\"progress\"");
        Awaitility.await().atMost(PATIENCE).until(() -> given().when()
                .get("/exports/versions/" + draft.versionId() + "/docx/progress").then().statusCode(200).extract()
                .asString().contains("id=\"download\""));
        given().when().get("/exports/versions/" + draft.versionId() + "/docx").then().statusCode(200)
                .header("Content-Disposition", containsString(".docx"));
    }

    private static void awaitVersion(UUID versionId) {
        Awaitility.await().atMost(PATIENCE).until(() -> given().when().get("/api/publishing/versions/" + versionId)
                .then().extract().statusCode() == 200);
    }

    private static Response fetch(UUID versionId, String format) {
        String file = "/api/publishing/versions/" + versionId + "/exports/" + format + "/file";
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> given().when().get(file).then().extract().statusCode() == 200);
        return given().when().get(file).then().statusCode(200).extract().response();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private String value(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(value(sql));
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
