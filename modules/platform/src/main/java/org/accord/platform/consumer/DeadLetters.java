package org.accord.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.web.Keyset;
import org.accord.platform.web.PageRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The table {@code platform.dead_letter}: every module's dead letters, with their reasons and replays. */
@ApplicationScoped
public class DeadLetters {

    private static final String COLUMNS = "id, consumer, channel, topic, partition, record_offset, record_key, headers,"
            + " payload, event_id, event_type, reason, failed_at, replayed_at, replayed_by, outcome";

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    DeadLetters(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** Keeps a record once, however often it is redelivered before its offset is committed. */
    void record(String consumer, String channel, ConsumerRecord<String, String> record, UUID eventId,
            String eventType, String reason) {
        String sql = "insert into platform.dead_letter (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, now(), null, null, null) on conflict (consumer, topic, partition, record_offset) do nothing";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.randomUUID());
            statement.setString(2, consumer);
            statement.setString(3, channel);
            statement.setString(4, record.topic());
            statement.setInt(5, record.partition());
            statement.setLong(6, record.offset());
            statement.setBytes(7, bytes(record.key()));
            statement.setBytes(8, mapper.writeValueAsBytes(headers(record)));
            statement.setBytes(9, bytes(record.value()));
            statement.setObject(10, eventId);
            statement.setString(11, printable(eventType));
            statement.setString(12, printable(abbreviate(reason)));
            statement.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not keep a dead letter of " + consumer, e);
        }
    }

    public List<DeadLetter> list(boolean pendingOnly) {
        return query("select " + COLUMNS + " from platform.dead_letter"
                + (pendingOnly ? " where replayed_at is null" : "") + " order by failed_at, id");
    }

    /** A page of {@link #list(boolean)}, continuing after the (failed at, id) of the previous page's last. */
    public List<DeadLetter> list(boolean pendingOnly, PageRequest page) {
        String after = page.isFirst() ? "" : (pendingOnly ? " and" : " where") + " (failed_at, id) > (?, ?)";
        String sql = "select " + COLUMNS + " from platform.dead_letter"
                + (pendingOnly ? " where replayed_at is null" : "")
                + after + " order by failed_at, id limit " + page.fetchSize();
        return page.isFirst() ? query(sql) : query(sql, Timestamp.from(page.after().instant(0)), page.after().uuid(1));
    }

    public static Keyset keyOf(DeadLetter letter) {
        return Keyset.of(letter.failedAt(), letter.id());
    }

    public Optional<DeadLetter> find(UUID id) {
        return query("select " + COLUMNS + " from platform.dead_letter where id = ?", id).stream().findFirst();
    }

    /** How many dead letters of a consuming module wait for a replay. */
    public long pending(String consumer) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from platform.dead_letter"
                        + " where consumer = ? and replayed_at is null")) {
            statement.setString(1, consumer);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the dead letters of " + consumer, e);
        }
    }

    /** Records the outcome of a replay; a replay that applied the event (or found it applied) closes the letter. */
    void replayed(UUID id, String by, boolean settled, String outcome) {
        String sql = "update platform.dead_letter set outcome = ?, replayed_by = ?,"
                + " replayed_at = case when ? then now() else null end where id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, printable(abbreviate(outcome)));
            statement.setString(2, by);
            statement.setBoolean(3, settled);
            statement.setObject(4, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the replay of dead letter " + id, e);
        }
    }

    private List<DeadLetter> query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<DeadLetter> letters = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    letters.add(new DeadLetter(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getInt(5), rows.getLong(6), text(rows.getBytes(7)),
                            mapper.readValue(rows.getBytes(8), new TypeReference<Map<String, String>>() {
                            }), text(rows.getBytes(9)), rows.getObject(10, UUID.class), rows.getString(11),
                            rows.getString(12), instant(rows.getTimestamp(13)), instant(rows.getTimestamp(14)),
                            rows.getString(15), rows.getString(16)));
                }
            }
            return letters;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Could not read dead letters", e);
        }
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** PostgreSQL's text cannot hold NUL, which a record's type or a reason quoting it may contain. */
    private static String printable(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
    }
}
