package org.accord.app.drafting;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.app.backbone.KafkaTopics;
import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StageChanging;
import org.accord.drafting.internal.app.StandardQueries;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.platform.events.CloudEventHeaders;
import org.accord.testing.AccordTestStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Drafting beside review: revisions name the comments they answer, a standard waits at committee draft until every
 * comment of a closed round on its latest version has a disposition, and the pages show review's rounds and comments.
 * Review's own writers are stood in for by rows written straight into its schema and by events sent straight to its
 * topic.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class DraftingReviewTest {

    private static final Actor ELI = new Actor("eli", Set.of("member", "editor"));
    private static final String REVIEW_TOPIC = "accord.review.v1";
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    /**
     * The tallies of a ballot result, so that every module that reads voting's topic can apply the events these tests
     * write to it, not only drafting: a module that cannot apply an event waits on it.
     */
    static final String PASSED_TALLIES = "\"overall\":{\"scope\":\"overall\",\"eligible\":1,\"approve\":1,"
            + "\"approveWithComments\":0,\"disapprove\":0,\"abstain\":0,\"voted\":1,\"withheld\":false},"
            + "\"sides\":[],\"groups\":[],\"checks\":[]";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper mapper;
    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    VersionPublishing versions;
    @Inject
    StageChanging stages;
    @Inject
    StandardQueries queries;

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void revisionNamesTheCommentsItAnswers_storedAndPublishedInClauseRevised() throws Exception {
        String id = Drafts.standard("Answers " + UUID.randomUUID());
        String clause = Drafts.clause(id, null, "CLAUSE", "Openness", "Weights are published.");
        UUID version = versions.publish(ELI, UUID.fromString(id));
        UUID round = round(UUID.fromString(id), version, "WD 1 comments", "CLOSED", true);
        UUID first = comment(round, 1, UUID.fromString(clause), "1", null, false, null);
        UUID second = comment(round, 2, UUID.fromString(clause), "1", null, false, null);

        String revision = given().contentType(ContentType.JSON).body(Map.of("baseRevisionId",
                currentRevision(id, clause), "heading", "Openness", "text", "Weights are published openly.",
                "rationale", "Answers the comments", "answersComments", List.of(first, second, first))).when()
                .put("/api/standards/" + id + "/clauses/" + clause).then().statusCode(200)
                .body("revisions[0].answersComments", contains(first.toString(), second.toString()))
                .body("revisions[1].answersComments", empty()).extract().path("revisions[0].id");

        await().atMost(DELIVERY).untilAsserted(() -> {
            JsonNode revised = onDraftingTopic("accord.drafting.ClauseRevised.v1", revision);
            assertThat(revised.get("answersComments")).extracting(JsonNode::asText)
                    .containsExactly(first.toString(), second.toString());
        });
        given().when().get("/api/standards/" + id + "/history").then().statusCode(200)
                .body("items[0].summary", containsString("answering 2 comments"));
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void revisionNamingAnUnknownOrMalformedComment_isRefusedNamingIt_andStoresNothing() throws Exception {
        String id = Drafts.standard("Unknown answers " + UUID.randomUUID());
        String clause = Drafts.clause(id, null, "CLAUSE", "Openness", "Weights are published.");
        String elsewhere = Drafts.standard("Elsewhere " + UUID.randomUUID());
        Drafts.clause(elsewhere, null, "CLAUSE", "Other", "Text.");
        UUID otherRound = round(UUID.fromString(elsewhere), versions.publish(ELI, UUID.fromString(elsewhere)),
                "Other comments", "CLOSED", true);
        UUID othersComment = comment(otherRound, 1, UUID.randomUUID(), "1", null, false, null);
        UUID unknown = UUID.randomUUID();
        String base = currentRevision(id, clause);

        for (UUID wrong : List.of(unknown, othersComment)) {
            given().contentType(ContentType.JSON).body(Map.of("baseRevisionId", base, "heading", "Openness", "text",
                    "Changed.", "rationale", "Answers", "answersComments", List.of(wrong))).when()
                    .put("/api/standards/" + id + "/clauses/" + clause).then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("answersComments"))
                    .body("detail", containsString(wrong.toString()));
        }
        given().contentType(ContentType.JSON).body(Map.of("baseRevisionId", base, "heading", "Openness", "text",
                "Changed.", "rationale", "Answers", "answersComments", List.of("comment-12"))).when()
                .put("/api/standards/" + id + "/clauses/" + clause).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("answersComments"));

        given().when().get("/api/standards/" + id + "/clauses/" + clause).then().statusCode(200)
                .body("revisions.number", contains(1)).body("clause.text", equalTo("Weights are published."));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void committeeDraft_waitsUntilEveryCommentOfAClosedRoundOnItsLatestVersionHasADisposition() throws Exception {
        UUID id = standards.create(ELI, "R" + UUID.randomUUID().toString().substring(0, 8), "Guard", "", List.of());
        editing.add(ELI, id, null, 0, "CLAUSE", "Only clause", "Text.");
        versions.publish(ELI, id);
        stages.change(ELI, id, "COMMITTEE_DRAFT", "Ready for the committee", null);
        UUID cd1 = versions.publish(ELI, id);
        UUID round = UUID.randomUUID();

        sendReview("CommentRoundOpened", round, Map.of("roundId", round, "standardId", id, "draftVersionId", cd1,
                "versionLabel", "CD 1", "title", "CD 1 comments", "opensAt", Instant.now(), "closesAt",
                Instant.now().plus(Duration.ofDays(7)), "visibleWhileOpen", true, "by", "mo", "at", Instant.now()));
        sendReview("CommentRoundClosed", round, Map.of("roundId", round, "standardId", id, "draftVersionId", cd1,
                "title", "CD 1 comments", "comments", 3, "undisposed", 2, "early", false, "by", "mo", "at",
                Instant.now()));

        await().atMost(DELIVERY).untilAsserted(() -> moveToConsensus(id, null).statusCode(409)
                .contentType("application/problem+json").body("field", equalTo("stage"))
                .body("detail", equalTo("The comment round 'CD 1 comments' on CD 1 has 2 comments without a"
                        + " disposition; every comment needs one before the standard moves past committee"
                        + " draft.")));

        Map<String, Object> disposed = new java.util.HashMap<>(Map.of("roundId", round, "standardId", id,
                "draftVersionId", cd1, "dispositionId", UUID.randomUUID(), "commentIds",
                List.of(UUID.randomUUID(), UUID.randomUUID()), "disposition", "ACCEPTED", "revisionIds", List.of(),
                "undisposed", 0, "by", "mo", "at", Instant.now()));
        disposed.put("authors", List.of());
        sendReview("CommentDisposed", round, disposed);
        await().atMost(DELIVERY).untilAsserted(() -> moveToConsensus(id, null).statusCode(409)
                .body("field", equalTo("ballotId")));

        UUID replayed = sendReview("CommentRoundClosed", round, Map.of("roundId", round, "standardId", id,
                "draftVersionId", cd1, "title", "CD 1 comments", "comments", 3, "undisposed", 2, "early", false,
                "by", "mo", "at", Instant.now().minusSeconds(60)));
        await().atMost(DELIVERY).until(() -> heardByDrafting(replayed));
        moveToConsensus(id, null).statusCode(409).body("field", equalTo("ballotId"));

        String ballot = ballotClosed(cd1);
        await().atMost(DELIVERY).untilAsserted(() -> moveToConsensus(id, ballot).statusCode(200)
                .body("stage", equalTo("CONSENSUS_DRAFT")));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void aRoundOnAnOlderVersion_orOneStillOpen_holdsNothing() throws Exception {
        UUID id = standards.create(ELI, "O" + UUID.randomUUID().toString().substring(0, 8), "Older", "", List.of());
        editing.add(ELI, id, null, 0, "CLAUSE", "Only clause", "Text.");
        versions.publish(ELI, id);
        stages.change(ELI, id, "COMMITTEE_DRAFT", "Ready", null);
        UUID cd1 = versions.publish(ELI, id);
        UUID onCd1 = UUID.randomUUID();
        sendReview("CommentRoundClosed", onCd1, Map.of("roundId", onCd1, "standardId", id, "draftVersionId", cd1,
                "title", "CD 1 comments", "comments", 1, "undisposed", 1, "early", false, "by", "mo", "at",
                Instant.now()));
        await().atMost(DELIVERY).untilAsserted(() -> moveToConsensus(id, null).statusCode(409)
                .body("field", equalTo("stage")));

        UUID cd2 = versions.publish(ELI, id);
        UUID openOnCd2 = UUID.randomUUID();
        UUID opened = sendReview("CommentRoundOpened", openOnCd2, Map.of("roundId", openOnCd2, "standardId", id,
                "draftVersionId", cd2, "versionLabel", "CD 2", "title", "CD 2 comments", "opensAt", Instant.now(),
                "closesAt", Instant.now().plus(Duration.ofDays(7)), "visibleWhileOpen", true, "by", "mo", "at",
                Instant.now()));
        await().atMost(DELIVERY).until(() -> heardByDrafting(opened));

        moveToConsensus(id, null).statusCode(409).body("field", equalTo("ballotId"));
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void editorsChanged_isPublished() {
        String id = Drafts.standard("Editors event " + UUID.randomUUID());
        given().contentType(ContentType.JSON).body(Map.of("editors", List.of("eli", "eva"))).when()
                .put("/api/standards/" + id + "/editors").then().statusCode(200);

        await().atMost(DELIVERY).untilAsserted(() -> {
            JsonNode changed = onDraftingTopic("accord.drafting.EditorsChanged.v1", id);
            assertThat(changed.get("editors")).extracting(JsonNode::asText).containsExactly("eli", "eva");
            assertThat(changed.get("by").asText()).isEqualTo("eli");
        });
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void pagesShowRoundsCountsCommentHistoryAndAnswers() throws Exception {
        UUID id = standards.create(ELI, "P" + UUID.randomUUID().toString().substring(0, 8), "Review pages", "",
                List.of());
        UUID clause = editing.add(ELI, id, null, 0, "CLAUSE", "Openness", "Weights are published.");
        UUID quiet = editing.add(ELI, id, null, 1, "CLAUSE", "Quiet", "Nobody commented.");
        UUID wd1 = versions.publish(ELI, id);
        UUID closed = round(id, wd1, "WD 1 comments", "CLOSED", false);
        UUID disposition = disposition(closed, "ACCEPTED");
        UUID accepted = comment(closed, 1, clause, "1", disposition, false, "Ada Lovelace");
        UUID hidden = comment(closed, 2, clause, "1", null, true, "Mallory Mean");
        UUID withdrawn = comment(closed, 3, clause, "1", null, false, "Wendy Withdrawn");
        markWithdrawn(withdrawn);
        UUID wd2 = versions.publish(ELI, id);
        UUID secret = round(id, wd2, "WD 2 comments", "OPEN", false);
        comment(secret, 1, clause, "1", null, false, "Sam Secret");

        given().when().get("/standards/" + id).then().statusCode(200).body(allOf(
                containsString("href=\"/rounds/" + closed + "\">WD 1 comments</a> — WD 1 · closed"),
                containsString("href=\"/rounds/" + secret + "\">WD 2 comments</a> — WD 2 · open"),
                containsString("· 2 comments</li>"), containsString("· 0 comments</li>"),
                containsString("href=\"/standards/" + id + "/clauses/" + clause + "#comments\">2 comments<"),
                not(containsString("/clauses/" + quiet + "#comments"))));

        Response page = given().when().get("/standards/" + id + "/clauses/" + clause);
        page.then().statusCode(200).body(allOf(
                containsString("href=\"/rounds/" + closed + "#comment-" + accepted + "\">#1</a>"),
                containsString("Ada Lovelace"), containsString(">technical</td>"), containsString(">accepted</td>"),
                containsString("href=\"/rounds/" + closed + "#comment-" + hidden + "\">#2</a>"),
                containsString("hidden by a moderator"), not(containsString("Mallory Mean")),
                not(containsString("Wendy Withdrawn")), not(containsString("Sam Secret")),
                containsString("name=\"answersComments\" value=\"" + accepted + "\""),
                not(containsString("name=\"answersComments\" value=\"" + hidden + "\""))));

        String token = DraftingPagesTest.csrfToken(page.asString());
        UUID base = queries.clause(id, clause).clause().revisionId();
        given().cookie("accord-csrf", page.getCookie("accord-csrf")).formParam("csrf-token", token)
                .formParam("baseRevisionId", base.toString()).formParam("heading", "Openness")
                .formParam("text", "My answer to the comment.").formParam("rationale", "Answer")
                .formParam("answersComments", accepted.toString())
                .formParam("answersComments", UUID.randomUUID().toString()).when()
                .post("/standards/" + id + "/clauses/" + clause).then().statusCode(400)
                .body(allOf(containsString("id=\"answers-comments-error\""),
                        containsString("in the comment rounds of this standard"),
                        containsString("My answer to the comment."),
                        containsString("value=\"" + accepted + "\" checked")));
        given().cookie("accord-csrf", page.getCookie("accord-csrf")).formParam("csrf-token", token)
                .formParam("baseRevisionId", base.toString()).formParam("heading", "Openness")
                .formParam("text", "My answer to the comment.").formParam("rationale", "Answer")
                .formParam("answersComments", "not-an-id").when()
                .post("/standards/" + id + "/clauses/" + clause).then().statusCode(400)
                .body(containsString("&#39;not-an-id&#39; is not the id of a comment."));
        assertThat(queries.clause(id, clause).revisions()).hasSize(1);

        given().redirects().follow(false).cookie("accord-csrf", page.getCookie("accord-csrf"))
                .formParam("csrf-token", token).formParam("baseRevisionId", base.toString())
                .formParam("heading", "Openness").formParam("text", "My answer to the comment.")
                .formParam("rationale", "Answer").formParam("answersComments", accepted.toString()).when()
                .post("/standards/" + id + "/clauses/" + clause).then().statusCode(303);
        UUID answering = queries.clause(id, clause).clause().revisionId();
        assertThat(queries.clause(id, clause).revisions().getFirst().answersComments()).containsExactly(accepted);
        revisionAnswer(answering, accepted);
        linkDisposition(disposition, base);

        given().when().get("/standards/" + id + "/clauses/" + clause).then().statusCode(200).body(allOf(
                containsString("id=\"revision-2\""), containsString("id=\"revision-1\""),
                containsString("Answers: <a href=\"/rounds/" + closed + "#comment-" + accepted + "\">#1</a>")));
    }

    @Test
    @TestSecurity(user = "uma", roles = "member")
    void versionPage_numbersTheLinesOfEachClauseFromOne() {
        UUID id = standards.create(ELI, "L" + UUID.randomUUID().toString().substring(0, 8), "Lines", "", List.of());
        editing.add(ELI, id, null, 0, "CLAUSE", "First", "One.\n\nTwo:\n\n- three\n- four\n");
        editing.add(ELI, id, null, 1, "CLAUSE", "Second", "Again one.");
        UUID version = versions.publish(ELI, id);

        String html = given().when().get("/standards/" + id + "/versions/" + version).then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("<p><span class=\"line-number\">1</span> One.</p>",
                "<p><span class=\"line-number\">2</span> Two:</p>", "<li><span class=\"line-number\">3</span> three",
                "<li><span class=\"line-number\">4</span> four",
                "<p><span class=\"line-number\">1</span> Again one.</p>").contains("id=\"lines-hint\"");
    }

    private static io.restassured.response.ValidatableResponse moveToConsensus(UUID id, String ballot) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("stage", "CONSENSUS_DRAFT", "reason",
                "Consensus"));
        if (ballot != null) {
            body.put("ballotId", ballot);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/standards/" + id + "/stage")
                .then();
    }

    /** An event of review's, written straight to its topic as review's relay would; @return the event's id */
    private UUID sendReview(String name, UUID round, Map<String, Object> payload) throws Exception {
        UUID eventId = UUID.randomUUID();
        var record = new ProducerRecord<>(REVIEW_TOPIC, round.toString(), mapper.writeValueAsString(payload));
        record.headers().add(CloudEventHeaders.ID, bytes(eventId.toString()))
                .add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"))
                .add(CloudEventHeaders.TYPE, bytes("accord.review." + name + ".v1"))
                .add(CloudEventHeaders.SOURCE, bytes("/accord/review"))
                .add(CloudEventHeaders.SUBJECT, bytes(round.toString()));
        new KafkaTopics(bootstrapServers).send(record);
        return eventId;
    }

    /** A passed ballot on the version, as voting publishes it; @return the ballot's id */
    private String ballotClosed(UUID draftVersionId) {
        String ballotId = UUID.randomUUID().toString();
        String body = "{\"ballotId\":\"" + ballotId + "\",\"draftVersionId\":\"" + draftVersionId
                + "\",\"passed\":true,\"closedAt\":\"" + Instant.now() + "\",\"tallies\":{}," + PASSED_TALLIES + "}";
        var record = new ProducerRecord<String, String>("accord.voting.v1", ballotId, body);
        record.headers().add(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()))
                .add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"))
                .add(CloudEventHeaders.TYPE, bytes("accord.voting.BallotClosed.v1"))
                .add(CloudEventHeaders.SOURCE, bytes("/accord/voting"));
        new KafkaTopics(bootstrapServers).send(record);
        return ballotId;
    }

    private boolean heardByDrafting(UUID eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("select count(*) from drafting.inbox where event_id = ?")) {
            statement.setObject(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        }
    }

    /** The payload of the event of this type on drafting's topic whose payload mentions {@code mentioning}. */
    private JsonNode onDraftingTopic(String type, String mentioning) throws Exception {
        for (ConsumerRecord<String, String> record : new KafkaTopics(bootstrapServers).readAll("accord.drafting.v1")) {
            if (type.equals(KafkaTopics.header(record, CloudEventHeaders.TYPE))
                    && record.value().contains(mentioning)) {
                return mapper.readTree(record.value());
            }
        }
        throw new AssertionError("No " + type + " mentioning " + mentioning + " on accord.drafting.v1 yet");
    }

    private static String currentRevision(String id, String clause) {
        return given().when().get("/api/standards/" + id + "/clauses/" + clause).then().statusCode(200).extract()
                .path("clause.revisionId");
    }

    // Review's rows, as its own writers will store them.

    private UUID round(UUID standardId, UUID draftVersionId, String title, String status, boolean visibleWhileOpen)
            throws SQLException {
        UUID round = UUID.randomUUID();
        String label = queries.version(standardId, draftVersionId).label();
        Timestamp now = Timestamp.from(Instant.now());
        update("insert into review.draft_version (id, standard_id, label, published_at) values (?, ?, ?, ?)"
                + " on conflict (id) do nothing", draftVersionId, standardId, label, now);
        update("insert into review.round (id, standard_id, draft_version_id, title, instructions, opens_at, closes_at,"
                + " visible_while_open, status, created_by, created_at, comments_made, version)"
                + " values (?, ?, ?, ?, '', ?, ?, ?, ?, 'mo', ?, 0, 0)", round, standardId, draftVersionId, title,
                now, Timestamp.from(Instant.now().plusSeconds(86_400)), visibleWhileOpen, status, now);
        return round;
    }

    private UUID disposition(UUID round, String decision) throws SQLException {
        UUID disposition = UUID.randomUUID();
        update("insert into review.disposition (id, round_id, decision, decided_by, decided_at)"
                + " values (?, ?, ?, 'mo', ?)", disposition, round, decision, Timestamp.from(Instant.now()));
        return disposition;
    }

    private UUID comment(UUID round, int number, UUID clauseId, String clauseNumber, UUID disposition,
            boolean hidden, String authorName) throws SQLException {
        UUID comment = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        update("insert into review.comment (id, round_id, number, clause_id, clause_number, type, text, author,"
                + " author_name, side, status, revisions, created_at, revised_at, hidden_at, disposition_id, version)"
                + " values (?, ?, ?, ?, ?, 'te', 'The comment text', 'author', ?, 'INDUSTRY', 'SUBMITTED', 1,"
                + " ?, ?, ?, ?, 0)", comment, round, number, clauseId, clauseNumber,
                authorName == null ? "Someone" : authorName, now, now, hidden ? now : null, disposition);
        return comment;
    }

    private void markWithdrawn(UUID comment) throws SQLException {
        update("update review.comment set status = 'WITHDRAWN' where id = ?", comment);
    }

    private void revisionAnswer(UUID revision, UUID comment) throws SQLException {
        // Review records the answer itself when it hears the revision; this makes sure of it before the page is read.
        update("insert into review.revision_answer (revision_id, comment_id) values (?, ?) on conflict do nothing",
                revision, comment);
    }

    private void linkDisposition(UUID disposition, UUID revision) throws SQLException {
        update("insert into review.disposition_revision (disposition_id, revision_id) values (?, ?)", disposition,
                revision);
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
