package org.accord.app.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accord.app.backbone.KafkaTopics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What became of the events written since an instant, read where they really are: every module's outbox, every module's
 * topic on the broker (the CloudEvent id of each record) and every module's inbox.
 */
final class Deliveries {

    /** One outbox row. */
    record Row(String module, String eventId, String type, String subject, String claimedBy, Instant sentAt) {
    }

    private final List<Row> outbox;
    private final Map<String, Long> onTopics;
    private final Map<String, Set<String>> inboxes;

    private Deliveries(List<Row> outbox, Map<String, Long> onTopics, Map<String, Set<String>> inboxes) {
        this.outbox = outbox;
        this.onTopics = onTopics;
        this.inboxes = inboxes;
    }

    /** The events that every module's outbox holds from {@code since} on, and where they went. */
    static Deliveries since(Connection database, String bootstrapServers, Instant since) throws SQLException {
        List<String> modules = modules(database);
        List<Row> outbox = new ArrayList<>();
        for (String module : modules) {
            try (PreparedStatement statement = database.prepareStatement("select event_id::text, event_type, subject,"
                    + " claimed_by, sent_at from " + module + ".outbox where occurred_at >= ?")) {
                statement.setTimestamp(1, Timestamp.from(since));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Timestamp sent = rows.getTimestamp(5);
                        outbox.add(new Row(module, rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), sent == null ? null : sent.toInstant()));
                    }
                }
            }
        }
        KafkaTopics topics = new KafkaTopics(bootstrapServers);
        Map<String, Long> onTopics = new HashMap<>();
        for (String module : outbox.stream().map(Row::module).distinct().toList()) {
            topics.readAll("accord." + module + ".v1").stream().map(record -> KafkaTopics.header(record, "ce_id"))
                    .forEach(id -> onTopics.merge(id, 1L, Long::sum));
        }
        Map<String, Set<String>> inboxes = new HashMap<>();
        for (String module : modules(database, "inbox")) {
            Set<String> ids = new HashSet<>();
            try (PreparedStatement statement = database.prepareStatement("select event_id::text from " + module
                    + ".inbox");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            inboxes.put(module, ids);
        }
        return new Deliveries(outbox, onTopics, inboxes);
    }

    List<Row> outbox() {
        return outbox;
    }

    /** How many times the event is on its module's topic. */
    long timesOnTopic(String eventId) {
        return onTopics.getOrDefault(eventId, 0L);
    }

    /** The relayers that sent the rows: each instance's relay has its own name. */
    Set<String> relayers() {
        return outbox.stream().map(Row::claimedBy).filter(by -> by != null).collect(Collectors.toSet());
    }

    /**
     * Every row is sent and on its topic exactly {@code once} or, where duplicates are allowed, at least once; every
     * module that applied an event of a type applied every event of that type (an inbox records an event id once, by
     * its primary key, in the transaction of the effect).
     */
    void assertRelayedAndApplied(boolean duplicatesAllowed) {
        assertThat(outbox).as("events written").isNotEmpty();
        assertThat(outbox).as("unsent outbox rows").allSatisfy(row -> assertThat(row.sentAt()).as(row.toString())
                .isNotNull());
        for (Row row : outbox) {
            if (duplicatesAllowed) {
                assertThat(timesOnTopic(row.eventId())).as("on the topic: " + row).isPositive();
            } else {
                assertThat(timesOnTopic(row.eventId())).as("on the topic once: " + row).isEqualTo(1);
            }
        }
        Map<String, List<Row>> byType = outbox.stream().collect(Collectors.groupingBy(Row::type));
        inboxes.forEach((consumer, applied) -> byType.forEach((type, rows) -> {
            if (rows.stream().anyMatch(row -> applied.contains(row.eventId()))) {
                assertThat(rows).as(consumer + " applied every " + type)
                        .allSatisfy(row -> assertThat(applied).contains(row.eventId()));
            }
        }));
    }

    /** The events of each type since the instant, by subject. */
    Map<String, Long> countBySubject(String type) {
        return outbox.stream().filter(row -> row.type().contains(type))
                .collect(Collectors.groupingBy(Row::subject, Collectors.counting()));
    }

    /** The consuming modules whose inbox holds the event. */
    Set<String> appliedBy(String eventId) {
        return inboxes.entrySet().stream().filter(inbox -> inbox.getValue().contains(eventId))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    Map<String, Row> byEventId() {
        return outbox.stream().collect(Collectors.toMap(Row::eventId, Function.identity()));
    }

    /** The modules with an outbox. */
    static List<String> modules(Connection database) throws SQLException {
        return modules(database, "outbox");
    }

    private static List<String> modules(Connection database, String table) throws SQLException {
        List<String> modules = new ArrayList<>();
        try (PreparedStatement statement = database.prepareStatement("select table_schema from"
                + " information_schema.tables where table_name = ? and table_schema <> 'platform'"
                + " order by table_schema")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    modules.add(rows.getString(1));
                }
            }
        }
        return modules;
    }
}
