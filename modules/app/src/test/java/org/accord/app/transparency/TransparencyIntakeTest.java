package org.accord.app.transparency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.app.backbone.KafkaTopics;
import org.accord.app.membership.Admitting;
import org.accord.membership.api.Side;
import org.accord.membership.api.events.Change;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.platform.events.CloudEventHeaders;
import org.accord.platform.events.IntegrationEvent;
import org.accord.stakeholders.api.events.MemberJoinedGroup;
import org.accord.testing.AccordTestStack;
import org.accord.transparency.internal.app.EventIntake;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The log's intake on the real backbone: a decision taken through the API reaches the log from its module's topic with
 * only the public facts; the same CloudEvent delivered again is logged once; and a group move heard before the member's
 * admission waits for it.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class TransparencyIntakeTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final String MEMBERSHIP_TOPIC = "accord.membership.v1";

    @Inject
    DataSource dataSource;
    @Inject
    EventIntake intake;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void anAdmission_isLoggedWithNameSideAndGroupOnly_andOnceWhenItsEventIsDeliveredAgain() throws Exception {
        String email = Admitting.uniqueEmail();
        String memberId = Admitting.admit(Admitting.request(email, "ACADEMIA", "EU", true, "member"));

        Logged admitted = await().atMost(DELIVERY).until(() -> logged("member.admitted", memberId),
                Optional::isPresent).orElseThrow();
        JsonNode data = mapper.readTree(admitted.text()).get("data");
        assertThat(data.get("memberId").asText()).isEqualTo(memberId);
        assertThat(data.get("name").asText()).isEqualTo("Test " + email.substring(0, email.indexOf('@')));
        assertThat(data.get("side").asText()).isEqualTo("EU");
        assertThat(data.get("group").asText()).isEqualTo("ACADEMIA");
        assertThat(admitted.text()).doesNotContain(email, "Test University", "Nominated by the test");

        ConsumerRecord<String, String> original = new KafkaTopics(bootstrapServers).readAll(MEMBERSHIP_TOPIC).stream()
                .filter(record -> admitted.sourceEventId().toString()
                        .equals(KafkaTopics.header(record, CloudEventHeaders.ID)))
                .findFirst().orElseThrow();
        var again = new ProducerRecord<>(MEMBERSHIP_TOPIC, original.partition(), original.key(), original.value());
        for (Header header : original.headers()) {
            again.headers().add(header);
        }
        new KafkaTopics(bootstrapServers).send(again);
        awaitReadUpToTheEnd("accord-transparency-membership", new TopicPartition(MEMBERSHIP_TOPIC,
                original.partition()));

        assertThat(count("select count(*) from transparency.entry where source_event_id = ?",
                admitted.sourceEventId())).isEqualTo(1);
        assertThat(count("select count(*) from transparency.entry where type = 'member.admitted'"
                + " and entry like ?", "%" + memberId + "%")).isEqualTo(1);
    }

    /**
     * Read independently, stakeholders' topic can run ahead of membership's (always so when the log catches up): both
     * joins of a member arrive before the admission. They wait for it, then count in the order they came, so the move
     * is logged with the member's name and the group the member really left. Taken straight through the intake, since a
     * made-up admission on membership's topic would reach membership itself.
     */
    @Test
    void groupMovesHeardBeforeTheAdmission_waitForIt_andAreLoggedInTheirOrderAfterIt() throws Exception {
        String memberId = UUID.randomUUID().toString();
        Instant at = Instant.parse("2026-11-30T10:00:00Z");
        UUID onAdmission = UUID.randomUUID();
        UUID move = UUID.randomUUID();
        UUID admission = UUID.randomUUID();
        take(onAdmission, new MemberJoinedGroup(memberId, "INDUSTRY", "ada", at.plusSeconds(1), "Admitted"));
        take(move, new MemberJoinedGroup(memberId, "CIVIL_SOCIETY", "ada", at.plusSeconds(2), "Moved again"));
        assertThat(count("select count(*) from transparency.held_event where waiting_for = ?", "member:" + memberId))
                .isEqualTo(2);
        assertThat(logged("member.group_changed", memberId)).isEmpty();

        take(admission, new MemberAdmitted(memberId, "early@example.org", "early", "Early Bird", "Early Institute",
                Side.US, "INDUSTRY", List.of("member"), true, new Change("ada", at, "Nominated")));

        Logged admitted = logged("member.admitted", memberId).orElseThrow();
        Logged moved = logged("member.group_changed", memberId).orElseThrow();
        assertThat(admitted.sourceEventId()).isEqualTo(admission);
        assertThat(moved.sourceEventId()).as("the move, not the join on admission").isEqualTo(move);
        assertThat(moved.seq()).isGreaterThan(admitted.seq());
        JsonNode data = mapper.readTree(moved.text()).get("data");
        assertThat(data.get("name").asText()).isEqualTo("Early Bird");
        assertThat(data.get("side").asText()).isEqualTo("US");
        assertThat(data.get("from").asText()).isEqualTo("INDUSTRY");
        assertThat(data.get("to").asText()).isEqualTo("CIVIL_SOCIETY");
        assertThat(moved.text()).doesNotContain("early@example.org", "Early Institute", "Moved again");
        assertThat(count("select count(*) from transparency.entry where source_event_id = ?", onAdmission)).isZero();
        assertThat(count("select count(*) from transparency.held_event where waiting_for = ?", "member:" + memberId))
                .isZero();
        assertThat(count("select count(*) from transparency.member where id = ? and group_code = 'CIVIL_SOCIETY'",
                UUID.fromString(memberId))).isEqualTo(1);
    }

    private void take(UUID eventId, IntegrationEvent event) {
        QuarkusTransaction.requiringNew().run(() -> intake.take(eventId, event));
    }

    private record Logged(long seq, UUID sourceEventId, String text) {
    }

    private Optional<Logged> logged(String type, String mentioning) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select seq, source_event_id, entry"
                        + " from transparency.entry where type = ? and entry like ? order by seq limit 1")) {
            statement.setString(1, type);
            statement.setString(2, "%" + mentioning + "%");
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Logged(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3)))
                        : Optional.empty();
            }
        }
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Waits until the consumer group has committed the partition's end as it is now: it has read all of it. */
    private void awaitReadUpToTheEnd(String group, TopicPartition partition) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(properties)) {
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get()
                    .offset();
            await().atMost(DELIVERY).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get().get(partition);
                return committed != null && committed.offset() >= end;
            });
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the offsets of " + group, e);
        }
    }
}
