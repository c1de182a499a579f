package org.accord.app.backbone;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.app.backbone.ping.PingModule;
import org.accord.app.backbone.ping.Pinging;
import org.accord.platform.events.CloudEventHeaders;
import org.accord.testing.AccordTestStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Event content above the claim-check threshold is kept in the database and fetched, verified, by the consumer. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class ClaimCheckTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Inject
    Pinging pinging;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void eventLargerThanTheBrokerAllows_travelsByClaimCheck_andIsAppliedWhole() throws Exception {
        String text = "Größenordnung € ".repeat(80_000);
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1_048_576);

        String pingId = pinging.send(text);

        await().atMost(DELIVERY).until(() -> heardText(pingId) != null);
        assertThat(heardText(pingId)).isEqualTo(text);
        ConsumerRecord<String, String> record = onTopic(pingId);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.DATAREF)).startsWith("urn:accord:claim-check:");
        assertThat(record.serializedValueSize()).isLessThan(1024);
        assertThat(record.value()).contains("\"sha256\"");
    }

    @Test
    void claimCheckWhoseContentDoesNotHaveTheNamedHash_isKeptAsADeadLetter() throws Exception {
        String pingId = pinging.send("x".repeat(300_000));
        await().atMost(DELIVERY).until(() -> heardText(pingId) != null);
        ConsumerRecord<String, String> genuine = onTopic(pingId);

        String forgedSubject = UUID.randomUUID().toString();
        UUID forgedEvent = UUID.randomUUID();
        String forgedData = genuine.value().replaceFirst("\"sha256\":\"[0-9a-f]{64}\"", "\"sha256\":\"" + "0".repeat(64)
                + "\"");
        ProducerRecord<String, String> forged = EventBackboneTest.pingRecord(forgedSubject, forgedEvent, "ignored",
                forgedSubject);
        forged = new ProducerRecord<>(forged.topic(), null, forged.key(), forgedData, forged.headers());
        forged.headers().add(CloudEventHeaders.DATAREF,
                KafkaTopics.header(genuine, CloudEventHeaders.DATAREF).getBytes(StandardCharsets.UTF_8));
        new KafkaTopics(bootstrapServers).send(forged);

        await().atMost(DELIVERY).until(() -> deadLetterReason(forgedEvent) != null);
        assertThat(deadLetterReason(forgedEvent)).contains("SHA-256");
        assertThat(heardText(forgedSubject)).isNull();
    }

    private ConsumerRecord<String, String> onTopic(String pingId) {
        return new KafkaTopics(bootstrapServers).readAll(PingModule.NAME.topic()).stream()
                .filter(record -> pingId.equals(record.key())).findFirst().orElseThrow();
    }

    private String heardText(String pingId) throws SQLException {
        return single("select text from pong.ping_heard where ping_id = ?", pingId);
    }

    private String deadLetterReason(UUID eventId) throws SQLException {
        return single("select reason from platform.dead_letter where event_id = ?", eventId);
    }

    private String single(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
