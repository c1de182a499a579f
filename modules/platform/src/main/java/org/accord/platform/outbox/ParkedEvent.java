package org.accord.platform.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accord.platform.module.ModuleName;

/**
 * An outbox event the broker refused {@code accord.outbox.max-attempts} times, kept until an administrator retries it.
 * {@code held} later events of its subject wait behind it, so the subject's order holds.
 */
public record ParkedEvent(String module, UUID eventId, String eventType, String subject, int attempts,
        String lastError, Instant occurredAt, Instant parkedAt, long held) {

    /** The columns {@link #readAll} reads, from an outbox table aliased {@code o}; {@code %1$s} is the table. */
    static final String COLUMNS = "o.event_id, o.event_type, o.subject, o.attempts, o.last_error, o.occurred_at,"
            + " o.parked_at, (select count(*) from %1$s h where h.subject = o.subject and h.sent_at is null"
            + " and h.seq > o.seq)";

    static List<ParkedEvent> readAll(ModuleName module, PreparedStatement statement) throws SQLException {
        List<ParkedEvent> events = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                events.add(new ParkedEvent(module.value(), rows.getObject(1, UUID.class), rows.getString(2),
                        rows.getString(3), rows.getInt(4), rows.getString(5), rows.getTimestamp(6).toInstant(),
                        Optional.ofNullable(rows.getTimestamp(7)).map(Timestamp::toInstant).orElse(null),
                        rows.getLong(8)));
            }
        }
        return events;
    }
}
