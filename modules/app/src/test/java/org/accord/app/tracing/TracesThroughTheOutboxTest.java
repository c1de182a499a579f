package org.accord.app.tracing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.app.backbone.KafkaTopics;
import org.accord.app.backbone.ping.PingSent;
import org.accord.app.voting.Electorate;
import org.accord.platform.events.CloudEventHeaders;
import org.accord.platform.events.EventTypes;
import org.accord.testing.AccordTestStack;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.VoteRecorded;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace runs from an HTTP request through the outbox, the relay and Kafka to each consumer's effect, and an event
 * written before rows kept their trace context still travels, in a trace of its own (ADR 0031).
 */
@QuarkusTest
@TestProfile(SampledTraces.class)
@QuarkusTestResource(AccordTestStack.class)
class TracesThroughTheOutboxTest {

    private static final String MODERATOR_WHO_VOTES = "tracy@accord.example";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    private static final AttributeKey<String> CONSUMER = AttributeKey.stringKey("accord.consumer");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("accord.consumer.outcome");

    @Inject
    InMemorySpanExporter spans;
    @Inject
    Electorate electorate;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = MODERATOR_WHO_VOTES, roles = {"member", "moderator"})
    void aVoteAndTheClosingOfItsBallot_areEachOneTraceFromTheRequestToTheConsumersEffects() throws Exception {
        electorate.voter(MODERATOR_WHO_VOTES, "US", "INDUSTRY", true);
        UUID version = electorate.committeeDraft();
        UUID ballot = electorate.ballot(version, "SIMPLE_MAJORITY", false);

        given().contentType(ContentType.JSON).body(Map.of("position", "APPROVE")).when()
                .put("/api/ballots/" + ballot + "/vote").then().statusCode(200);
        SpanData vote = await().atMost(PATIENCE).until(() -> request("PUT", "/api/ballots/" + ballot + "/vote"),
                Optional::isPresent).orElseThrow();
        SpanData voteHeard = await().atMost(PATIENCE)
                .until(() -> processed(vote, VoteRecorded.class, "notifications"), Optional::isPresent).orElseThrow();
        assertParentChain(voteHeard, vote, VoteRecorded.class);

        given().contentType(ContentType.JSON).body(Map.of("reason", "Everyone has voted")).when()
                .post("/api/ballots/" + ballot + "/closure").then().statusCode(200);
        SpanData closing = await().atMost(PATIENCE)
                .until(() -> request("POST", "/api/ballots/" + ballot + "/closure"), Optional::isPresent)
                .orElseThrow();
        SpanData closedInDrafting = await().atMost(PATIENCE)
                .until(() -> processed(closing, BallotClosed.class, "drafting"), Optional::isPresent).orElseThrow();
        SpanData relayed = assertParentChain(closedInDrafting, closing, BallotClosed.class);
        assertThat(electorate.count("select count(*) from drafting.ballot_result where ballot_id = '" + ballot + "'"))
                .as("drafting's effect").isEqualTo(1);

        ConsumerRecord<String, String> record = new KafkaTopics(bootstrapServers).readAll("accord.voting.v1")
                .stream().filter(candidate -> relayed.getAttributes().get(EVENT_ID)
                        .equals(KafkaTopics.header(candidate, CloudEventHeaders.ID)))
                .findFirst().orElseThrow();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TRACEPARENT))
                .isEqualTo("00-" + relayed.getTraceId() + "-" + relayed.getSpanId() + "-01");
        assertThat(record.headers().lastHeader("traceparent")).as("a second, competing parent").isNull();
    }

    @Test
    void anEventWrittenBeforeRowsKeptTheirTrace_isRelayedAndApplied_inATraceOfItsOwn() throws Exception {
        String pingId = "untraced-" + UUID.randomUUID();
        UUID eventId = writeRowWithoutTraceContext(pingId, "flaky:1:written before traces");

        await().atMost(PATIENCE).until(() -> count("select count(*) from pong.ping_heard where ping_id = ?",
                pingId) == 1);
        SpanData relayed = await().atMost(PATIENCE).until(() -> one(span -> span.getKind() == SpanKind.PRODUCER
                && eventId.toString().equals(span.getAttributes().get(EVENT_ID))), Optional::isPresent).orElseThrow();
        assertThat(relayed.getParentSpanContext().isValid()).as("a parent").isFalse();
        List<SpanData> attempts = await().atMost(PATIENCE).until(() -> all(span -> span.getKind() == SpanKind.CONSUMER
                && eventId.toString().equals(span.getAttributes().get(EVENT_ID))), found -> found.size() >= 2);
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.getTraceId()).isEqualTo(relayed.getTraceId());
            assertThat(attempt.getParentSpanId()).isEqualTo(relayed.getSpanId());
            assertThat(attempt.getAttributes().get(CONSUMER)).isEqualTo("pong");
        });
        assertThat(attempts).as("the failed attempt").anyMatch(attempt -> attempt.getStatus()
                .getStatusCode() == StatusCode.ERROR);
        assertThat(attempts).as("the attempt that applied it").anyMatch(attempt -> "applied"
                .equals(attempt.getAttributes().get(OUTCOME)));
    }

    /**
     * Asserts that the consumer's span is a child of the relay's span for the event, which is a child of the request's
     * span; @return the relay's span
     */
    private SpanData assertParentChain(SpanData consumed, SpanData request, Class<?> eventClass) {
        SpanData relayed = one(span -> span.getSpanId().equals(consumed.getParentSpanId())).orElseThrow();
        assertThat(relayed.getName()).isEqualTo("send accord.voting.v1");
        assertThat(relayed.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(relayed.getAttributes().get(EVENT_TYPE)).isEqualTo(EventTypes.of(eventClass));
        assertThat(relayed.getAttributes().get(EVENT_ID)).isEqualTo(consumed.getAttributes().get(EVENT_ID));
        assertThat(relayed.getParentSpanId()).as("the relay's parent").isEqualTo(request.getSpanId());
        assertThat(List.of(request.getTraceId(), relayed.getTraceId(), consumed.getTraceId())).containsOnly(
                request.getTraceId());
        return relayed;
    }

    /** The span of the application's answer to an HTTP request. */
    private Optional<SpanData> request(String method, String path) {
        return one(span -> span.getKind() == SpanKind.SERVER && span.getName().startsWith(method + " ")
                && path.equals(span.getAttributes().get(AttributeKey.stringKey("url.path"))));
    }

    /** The span in which the consumer applied an event of the type in the request's trace. */
    private Optional<SpanData> processed(SpanData request, Class<?> eventClass, String consumer) {
        return one(span -> span.getKind() == SpanKind.CONSUMER && span.getTraceId().equals(request.getTraceId())
                && EventTypes.of(eventClass).equals(span.getAttributes().get(EVENT_TYPE))
                && consumer.equals(span.getAttributes().get(CONSUMER))
                && "applied".equals(span.getAttributes().get(OUTCOME)));
    }

    private Optional<SpanData> one(Predicate<SpanData> wanted) {
        List<SpanData> found = all(wanted);
        assertThat(found).as("spans that match").hasSizeLessThanOrEqualTo(1);
        return found.stream().findFirst();
    }

    private List<SpanData> all(Predicate<SpanData> wanted) {
        return spans.getFinishedSpanItems().stream().filter(wanted).toList();
    }

    /** A row as the outbox held it before it kept the trace context of the transaction that wrote it. */
    private UUID writeRowWithoutTraceContext(String pingId, String text) throws SQLException {
        UUID eventId = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("insert into ping.outbox (event_id,"
                        + " event_type, subject, schema_version, payload, occurred_at) values (?, ?, ?, 1, ?, ?)")) {
            statement.setObject(1, eventId);
            statement.setString(2, EventTypes.of(PingSent.class));
            statement.setString(3, pingId);
            statement.setString(4, "{\"pingId\":\"" + pingId + "\",\"text\":\"" + text + "\"}");
            statement.setTimestamp(5, Timestamp.from(Instant.now()));
            statement.executeUpdate();
        }
        return eventId;
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
