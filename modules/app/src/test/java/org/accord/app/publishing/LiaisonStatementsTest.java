package org.accord.app.publishing;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.publishing.internal.app.LiaisonRecording;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class LiaisonStatementsTest {

    private static final String LIV = "liv.liaison@example.org";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    LiaisonRecording recording;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @Test
    @TestSecurity(user = LIV, roles = {"member", "liaison"})
    void aLiaisonRecordsAStatementWithABundle_andItsEventIsInTheOutbox() throws Exception {
        SignedBundle bundle = signedBundle();
        LocalDate due = today().plusDays(30);

        Response created = given().contentType(ContentType.JSON).body(Map.of("addressee", "GPAI", "subject",
                "Consensus text of " + bundle.reference(), "body", "Please find **the text** attached.",
                "bundleIds", List.of(bundle.id().toString(), bundle.id().toString()), "replyDue", due.toString()))
                .when().post("/api/publishing/statements");
        created.then().statusCode(201).header("Location", containsString("/api/publishing/statements/"));
        String id = created.jsonPath().getString("id");

        JsonNode event = event(id, "LiaisonStatementSent");
        assertThat(event.get("statementId").asText()).isEqualTo(id);
        assertThat(event.get("addressee").asText()).isEqualTo("GPAI");
        assertThat(event.get("title").asText()).isEqualTo("Consensus text of " + bundle.reference());
        assertThat(event.get("bundleIds")).hasSize(1);
        assertThat(event.get("bundleIds").get(0).asText()).isEqualTo(bundle.id().toString());
        assertThat(event.get("replyDue").asText()).isEqualTo(due.toString());
        assertThat(event.get("by").asText()).isEqualTo(LIV);

        given().when().get("/api/publishing/statements/" + id).then().statusCode(200)
                .body("subject", equalTo("Consensus text of " + bundle.reference()))
                .body("bodyHtml", containsString("<strong>the text</strong>")).body("overdue", equalTo(false))
                .body("bundles", hasSize(1)).body("bundles[0].reference", equalTo(bundle.reference()))
                .body("bundles[0].versionLabel", equalTo("CD 1")).body("replies", hasSize(0));
        given().when().get("/api/publishing/statements").then().statusCode(200).body("items[0].id", equalTo(id))
                .body("items[0].replyDue", equalTo(due.toString()));
        given().when().get("/exports/statements/" + id).then().statusCode(200)
                .body(allOf(containsString("href=\"/exports/bundles/" + bundle.id() + "\""),
                        containsString(bundle.reference() + " CD 1"), containsString("id=\"record-reply\"")));
    }

    @Test
    @TestSecurity(user = LIV, roles = {"member", "liaison"})
    void everyBadInput_isA400NamingTheField_andStoresNothing() throws Exception {
        UUID unknownBundle = UUID.randomUUID();
        Map<Map<String, Object>, String> refusals = Map.of(
                statement(Map.of("subject", " ")), "subject",
                statement(Map.of("addressee", "x".repeat(201))), "addressee",
                statement(Map.of("subject", "x".repeat(301))), "subject",
                statement(Map.of("body", "x".repeat(20_001))), "body",
                statement(Map.of("replyDue", today().minusDays(1).toString())), "replyDue",
                statement(Map.of("replyDue", "next week")), "replyDue",
                statement(Map.of("bundleIds", List.of(unknownBundle.toString()))), "bundleIds");
        long before = count("select count(*) from publishing.liaison_statement");

        refusals.forEach((body, field) -> given().contentType(ContentType.JSON).body(body).when()
                .post("/api/publishing/statements").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo(field)));
        given().contentType(ContentType.JSON).body(statement(Map.of("bundleIds", List.of(unknownBundle.toString()))))
                .when().post("/api/publishing/statements").then().body("detail", containsString(unknownBundle
                        .toString()));
        given().contentType(ContentType.JSON).body("{\"addressee\": \"GPAI\", \"subject\": ").when()
                .post("/api/publishing/statements").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("receivedOn", today().toString(), "summary", "Thanks"))
                .when().post("/api/publishing/statements/" + UUID.randomUUID() + "/replies").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/publishing/statements/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(count("select count(*) from publishing.liaison_statement")).isEqualTo(before);

        String script = "<script>alert('x')</script>\n\n**Bold** [link](javascript:alert(1)) <img src=x onerror=alert(2)>";
        String id = given().contentType(ContentType.JSON).body(statement(Map.of("body", script))).when()
                .post("/api/publishing/statements").then().statusCode(201).extract().jsonPath().getString("id");
        given().when().get("/exports/statements/" + id).then().statusCode(200)
                .body(not(containsString("<script>alert"))).body(not(containsString("href=\"javascript")))
                .body(not(containsString("<img"))).body(containsString("<strong>Bold</strong>"));
    }

    @Test
    @TestSecurity(user = LIV, roles = {"member", "liaison"})
    void aReplyIsRecordedWithItsEvent_andAStatementPastItsDueDateIsOverdueUntilThen() throws Exception {
        UUID id = recording.send(new LiaisonRecording.Statement("OECD", "Terms " + UUID.randomUUID(), "Body",
                List.of(), today()), LIV);
        assertThat(overdue(id)).isFalse();
        // A statement cannot be recorded with a due date in the past, so the date is moved as time would have.
        execute("update publishing.liaison_statement set reply_due = '" + today().minusDays(1) + "' where id = '"
                + id + "'");
        assertThat(overdue(id)).isTrue();
        given().when().get("/exports/statements").then().statusCode(200)
                .body(containsString("id=\"overdue-" + id + "\""));
        given().when().get("/exports/statements/" + id).then().body(containsString("id=\"overdue\""));

        given().contentType(ContentType.JSON).body(Map.of("receivedOn", today().plusDays(1).toString(), "summary",
                "From the future")).when().post("/api/publishing/statements/" + id + "/replies").then()
                .statusCode(400).body("field", equalTo("receivedOn"));
        given().contentType(ContentType.JSON).body(Map.of("receivedOn", today().toString(), "summary", " ")).when()
                .post("/api/publishing/statements/" + id + "/replies").then().statusCode(400)
                .body("field", equalTo("summary"));
        String replyId = given().contentType(ContentType.JSON).body(Map.of("receivedOn", today().toString(),
                "summary", "OECD agrees", "body", "We *agree* with the terms.")).when()
                .post("/api/publishing/statements/" + id + "/replies").then().statusCode(201).extract().jsonPath()
                .getString("id");

        JsonNode event = event(id.toString(), "LiaisonReplyRecorded");
        assertThat(event.get("replyId").asText()).isEqualTo(replyId);
        assertThat(event.get("receivedOn").asText()).isEqualTo(today().toString());
        assertThat(event.get("by").asText()).isEqualTo(LIV);
        assertThat(overdue(id)).isFalse();
        given().when().get("/api/publishing/statements/" + id).then().body("replies", hasSize(1))
                .body("replies[0].summary", equalTo("OECD agrees"))
                .body("replies[0].bodyHtml", containsString("<em>agree</em>"));
        given().when().get("/exports/statements/" + id).then()
                .body(allOf(containsString("id=\"reply-" + replyId + "\""), not(containsString("id=\"overdue\""))));
        assertThatThrownBy(() -> execute("delete from publishing.liaison_reply where id = '" + replyId + "'"))
                .hasMessageContaining("keeps its rows");
        assertThatThrownBy(() -> execute("delete from publishing.liaison_statement where id = '" + id + "'"))
                .hasMessageContaining("keeps its rows");
    }

    @Test
    @TestSecurity(user = "uma", roles = "member")
    void aMemberReadsStatements_butMayNotRecordThem() throws Exception {
        UUID id = recording.send(new LiaisonRecording.Statement("GPAI", "For members " + UUID.randomUUID(),
                "Read me", List.of(), null), LIV);
        long before = count("select count(*) from publishing.liaison_statement");

        given().contentType(ContentType.JSON).body(statement(Map.of())).when().post("/api/publishing/statements")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("receivedOn", today().toString(), "summary", "No")).when()
                .post("/api/publishing/statements/" + id + "/replies").then().statusCode(403);
        given().when().get("/api/publishing/statements/" + id).then().statusCode(200).body("overdue", equalTo(false));
        given().when().get("/exports/statements").then().statusCode(200)
                .body(allOf(containsString("href=\"/exports/statements/" + id + "\""),
                        containsString("href=\"/exports\""),
                        not(containsString("id=\"record-statement\""))));
        given().when().get("/exports/statements/" + id).then().statusCode(200)
                .body(allOf(containsString("Read me"), not(containsString("id=\"record-reply\""))));
        assertThat(count("select count(*) from publishing.liaison_statement")).isEqualTo(before);
        assertThat(count("select count(*) from publishing.liaison_reply where statement_id = '" + id + "'")).isZero();
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void anAdministratorRecordsInTheBrowser_refusalsShowInPlace_andAFormWithoutCsrfTokenIsRefused()
            throws Exception {
        SignedBundle bundle = signedBundle();
        Response page = given().when().get("/exports/statements");
        page.then().statusCode(200).body(allOf(containsString("id=\"record-statement\""),
                containsString("value=\"" + bundle.id() + "\"")));
        String cookie = page.getCookie("accord-csrf");
        String token = csrfToken(page.asString());
        String subject = "Browser " + UUID.randomUUID();

        given().cookie("accord-csrf", cookie).formParam("csrf-token", token).formParam("addressee", "GPAI")
                .formParam("subject", subject).formParam("body", "Text").formParam("bundleIds", bundle.id().toString())
                .formParam("replyDue", today().minusDays(1).toString()).when().post("/exports/statements").then()
                .statusCode(400).body(allOf(containsString("id=\"replyDue-error\""),
                        containsString("aria-describedby=\"replyDue-error\""), containsString("value=\"" + subject
                                + "\""),
                        containsString("value=\"" + bundle.id() + "\" checked")));
        given().formParam("addressee", "GPAI").formParam("subject", subject).formParam("body", "Text").when()
                .post("/exports/statements").then().statusCode(400);
        assertThat(count("select count(*) from publishing.liaison_statement where subject = '" + subject + "'"))
                .isZero();

        String location = given().cookie("accord-csrf", cookie).formParam("csrf-token", token)
                .formParam("addressee", "GPAI").formParam("subject", subject).formParam("body", "Text")
                .formParam("bundleIds", bundle.id().toString()).formParam("replyDue", today().toString())
                .redirects().follow(false).when().post("/exports/statements").then().statusCode(303).extract()
                .header("Location");
        assertThat(location).contains("/exports/statements/");
        given().when().get(location).then().statusCode(200).body(allOf(containsString(subject),
                containsString("id=\"bundle-" + bundle.id() + "\""), containsString("id=\"record-reply\"")));
    }

    private record SignedBundle(UUID id, String reference) {
    }

    /** A signed bundle of a version of a standard, as the bundle builder would store it. */
    private SignedBundle signedBundle() throws SQLException {
        UUID standard = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        UUID ballot = UUID.randomUUID();
        UUID bundle = UUID.randomUUID();
        String reference = "L" + standard.toString().substring(0, 8);
        execute("insert into publishing.standard (id, reference, title, scope, stage, created_at) values ('"
                + standard + "', '" + reference + "', 'Liaison text', 'Scope', 'DRAFT_STANDARD', now())");
        execute("insert into publishing.draft_version (id, standard_id, label, stage, content_hash, published_at)"
                + " values ('" + version + "', '" + standard + "', 'CD 1', 'COMMITTEE_DRAFT', 'hash', now())");
        execute("insert into publishing.ballot (id, draft_version_id, title, rule, secret, opened_at, status, passed)"
                + " values ('" + ballot + "', '" + version + "', 'Approve CD 1', 'SIMPLE_MAJORITY', false, now(),"
                + " 'CLOSED', true)");
        execute("insert into publishing.bundle (id, draft_version_id, ballot_id, manifest_sha256, sha256, key_id,"
                + " size, content, built_by, built_at) values ('" + bundle + "', '" + version + "', '" + ballot
                + "', '" + "a".repeat(64) + "', '" + "b".repeat(64) + "', 'key-1', 3, '\\x010203'::bytea, 'bea',"
                + " now())");
        return new SignedBundle(bundle, reference);
    }

    private static Map<String, Object> statement(Map<String, Object> changes) {
        Map<String, Object> statement = new HashMap<>(Map.of("addressee", "GPAI", "subject", "Refused",
                "body", "Never stored", "bundleIds", new ArrayList<>(), "replyDue", today().plusDays(7).toString()));
        statement.putAll(changes);
        return statement;
    }

    private boolean overdue(UUID id) {
        return given().when().get("/api/publishing/statements/" + id).then().statusCode(200).extract().jsonPath()
                .getBoolean("overdue");
    }

    private JsonNode event(String statementId, String type) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select payload from publishing.outbox"
                        + " where subject = ? and event_type = ?")) {
            statement.setString(1, statementId);
            statement.setString(2, "accord.publishing." + type + ".v1");
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).as(type + " of " + statementId + " in the outbox").isTrue();
                JsonNode payload = json.readTree(rows.getString(1));
                assertThat(rows.next()).as("only one " + type + " of " + statementId).isFalse();
                return payload;
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String csrfToken(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
