package org.accord.app.e2e;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.accord.testing.AccordIntegrationStack;
import org.accord.testing.KafkaBroker;
import org.accord.testing.KafkaTopics;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application with the demo working group ({@code accord.demo.enabled}: thirty members, TAWG 1 carried to
 * consensus draft by a closed ballot, TAWG 2 in a comment round with comments), on a database and a broker of its own
 * so that nothing it seeds reaches other tests, plus what the demo lacks: an open ballot with a vote, a liaison
 * statement with a reply. {@link #records()} names what the pages show.
 */
final class DemoGroup implements BeforeAllCallback, AfterAllCallback {

    private static final Duration SEEDING = Duration.ofMinutes(4);

    /** The records whose pages are audited, found or made once the demo is seeded. */
    record Records(String consensusStandard, String draftStandard, List<String> consensusVersions,
            String committeeVersion, String clause, int clauseRevisions, String round, String comment,
            String closedBallot, String openBallot, String statement, String member, String profile, long logEntry,
            String unsubscribeToken) {
    }

    private KafkaBroker broker;
    private PackagedApp app;
    private Map<String, String> config;
    private Records records;

    private DemoGroup() {
    }

    /**
     * A demo group of the test class's own, for {@code @RegisterExtension}: started before its first test, stopped
     * after its last. Each class gets its own because the journeys change what the others would find.
     */
    static DemoGroup forTheTestClass() {
        return new DemoGroup();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        config = new HashMap<>(new AccordIntegrationStack().start());
        broker = KafkaBroker.startTemporary();
        KafkaTopics.create(broker.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", PackagedApp.freshDatabase(config.get("quarkus.datasource.jdbc.url")));
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        config.put("accord.demo.enabled", "true");
        app = PackagedApp.start("demo-group", config);
        app.awaitReady(Duration.ofMinutes(3));
        records = seeded();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) {
            app.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    URI url(String path) {
        return app.url(path);
    }

    Records records() {
        return records;
    }

    /** Waits for the demo's seeding to finish, then adds the records the demo does not make. */
    private Records seeded() {
        String admin = token("ada");
        String moderator = token("mo");
        JsonPath consensus = await().atMost(SEEDING).pollInterval(Duration.ofSeconds(2))
                .until(() -> standard(admin, "TAWG 1"), standard -> standard != null
                        && "CONSENSUS_DRAFT".equals(standard.getString("stage")));
        String round = await().atMost(SEEDING).pollInterval(Duration.ofSeconds(2))
                .until(() -> as(admin).get("/api/rounds").then().statusCode(200).extract().jsonPath()
                        .getString("items[0].id"), id -> id != null);
        JsonPath draft = standard(admin, "TAWG 2");
        long logEntry = await().atMost(SEEDING).pollInterval(Duration.ofSeconds(2))
                .until(() -> given().baseUri(url("/").toString()).get("/api/public/log/entries?from=1&limit=1")
                        .then().statusCode(200).extract().jsonPath().getList("entries").size(), size -> size > 0);

        String openBallot = as(moderator).body(Map.of("title", "Plenary in Vienna", "question",
                "Shall the spring plenary meet in Vienna?", "rule", Map.of("preset", "SIMPLE_MAJORITY"), "closesAt",
                Instant.now().plus(Duration.ofDays(7)).toString(), "secret", false)).post("/api/ballots").then()
                .statusCode(201).extract().path("id");
        as(token("uma")).body(Map.of("position", "APPROVE_WITH_COMMENTS", "reason", "Vienna is easy to reach."))
                .put("/api/ballots/" + openBallot + "/vote").then().statusCode(200);
        String liaison = token("liv");
        String statement = as(liaison).body(Map.of("addressee", "GPAI", "subject", "TAWG 1 consensus draft",
                "body", "The working group sends its **consensus draft** for comment.", "bundleIds", List.of(),
                "replyDue", LocalDate.now().plusDays(30).toString())).post("/api/publishing/statements").then()
                .statusCode(201).extract().path("id");
        as(liaison).body(Map.of("receivedOn", LocalDate.now().toString(), "summary", "Acknowledged", "body",
                "GPAI thanks the group and will answer within the month.")).post("/api/publishing/statements/"
                        + statement + "/replies")
                .then().statusCode(201);

        String closedBallot = as(admin).get("/api/ballots?limit=50").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.status == 'CLOSED' }.id");
        String comment = as(admin).get("/api/rounds/" + round + "/comments").then().statusCode(200).extract()
                .jsonPath().getString("items[0].id");
        JsonPath members = as(admin).get("/api/members?limit=100").then().statusCode(200).extract().jsonPath();
        String member = members.getString("items.find { it.email == 'uma@accord.example' }.id");
        String profile = members.getString("items.find { it.email == 'eva@accord.example' }.id");
        List<Map<String, Object>> clauses = draft.getList("clauses");
        Map<String, Object> mostRevised = clauses.stream()
                .max(java.util.Comparator.comparingInt(clause -> (Integer) clause.get("revisionNumber")))
                .orElseThrow();
        return new Records(consensus.getString("id"), draft.getString("id"), consensus.getList("versions.id"),
                draft.getString("versions[0].id"), (String) mostRevised.get("id"),
                (Integer) mostRevised.get("revisionNumber"), round, comment, closedBallot, openBallot, statement,
                member, profile, logEntry, unsubscribeToken(member));
    }

    private JsonPath standard(String token, String reference) {
        String id = as(token).get("/api/standards?limit=50").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.reference == '" + reference + "' }.id");
        return id == null ? null : as(token).get("/api/standards/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The link of a member's e-mails that stops every kind of them, signed as the application signs it. */
    private String unsubscribeToken(String memberId) {
        String payload = memberId + ".all";
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.get("ACCORD_UNSUBSCRIBE_KEY").getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return payload + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(String username) {
        return Tokens.forUser(config.get("quarkus.oidc.auth-server-url"), username, Tokens.DEMO_PASSWORD);
    }

    private RequestSpecification as(String token) {
        return given().baseUri(url("/").toString()).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
