package org.accord.platform.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.module.ModuleName;

/**
 * SQL over the outbox tables. Every module has the same {@code <schema>.outbox} table (created by
 * {@code platform.create_messaging_tables}); the schema name comes from a validated {@link ModuleName}.
 */
@ApplicationScoped
public class OutboxStore {

    private final DataSource dataSource;

    OutboxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(ModuleName module, OutboxMessage message) {
        String sql = "insert into " + module.schema() + ".outbox"
                + " (event_id, event_type, subject, schema_version, payload, occurred_at) values (?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, message.eventId());
            statement.setString(2, message.eventType());
            statement.setString(3, message.subject());
            statement.setInt(4, message.schemaVersion());
            statement.setString(5, message.payload());
            statement.setTimestamp(6, Timestamp.from(message.occurredAt()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Could not write an event to the " + module + " outbox", e);
        }
    }

    /**
     * Claims up to {@code limit} unsent rows for one relayer, oldest first. Rows locked or leased by another relayer
     * are skipped; a row is also left alone while an earlier unsent row of the same subject is not claimed with it, so
     * two relayers never send one aggregate's events out of order.
     */
    List<OutboxMessage> claim(ModuleName module, String relayer, int limit, Duration lease) {
        String table = module.schema() + ".outbox";
        String sql = "with candidate as (select seq, subject from " + table
                + " where sent_at is null and (claimed_until is null or claimed_until < now())"
                + " order by seq limit ? for update skip locked)"
                + " update " + table + " o set claimed_by = ?, claimed_until = now() + ? * interval '1 millisecond',"
                + " attempts = attempts + 1"
                + " from candidate c where o.seq = c.seq and not exists (select 1 from " + table + " e"
                + " where e.subject = c.subject and e.sent_at is null and e.seq < c.seq"
                + " and e.seq not in (select seq from candidate))"
                + " returning o.seq, o.event_id, o.event_type, o.subject, o.schema_version, o.payload, o.occurred_at";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            withoutWaitingForDisk(connection);
            statement.setInt(1, limit);
            statement.setString(2, relayer);
            statement.setLong(3, lease.toMillis());
            List<OutboxMessage> claimed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new OutboxMessage(rows.getLong(1), rows.getObject(2, java.util.UUID.class),
                            rows.getString(3), rows.getString(4), rows.getInt(5), rows.getString(6),
                            rows.getTimestamp(7).toInstant()));
                }
            }
            claimed.sort(Comparator.comparingLong(OutboxMessage::sequence));
            return claimed;
        } catch (SQLException e) {
            throw new OutboxException("Could not claim events from the " + module + " outbox", e);
        }
    }

    void markSent(ModuleName module, String relayer, List<Long> sequences) {
        update(module, "update " + module.schema() + ".outbox set sent_at = now(), claimed_by = null,"
                + " claimed_until = null, last_error = null where seq = any(?) and claimed_by = ?", relayer, sequences,
                null);
    }

    void release(ModuleName module, String relayer, List<Long> sequences, String error) {
        update(module, "update " + module.schema() + ".outbox set claimed_by = null, claimed_until = null,"
                + " last_error = ? where seq = any(?) and claimed_by = ?", relayer, sequences, error);
    }

    private void update(ModuleName module, String sql, String relayer, List<Long> sequences, String error) {
        if (sequences.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            withoutWaitingForDisk(connection);
            int index = 1;
            if (error != null) {
                statement.setString(index++, abbreviate(error));
            }
            Array array = connection.createArrayOf("bigint", sequences.toArray());
            statement.setArray(index++, array);
            statement.setString(index, relayer);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Could not update the " + module + " outbox", e);
        }
    }

    /**
     * The relay's own bookkeeping (leases and sent marks) commits without waiting for the disk: a crash of the database
     * can lose only its last moments, in commit order, and the events concerned are sent again, which inboxes absorb.
     */
    private static void withoutWaitingForDisk(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local synchronous_commit = off");
        }
    }

    /** How many events wait to be sent, and since when the oldest has waited. */
    public OutboxBacklog backlog(ModuleName module) {
        String sql = "select count(*), min(occurred_at) from " + module.schema() + ".outbox where sent_at is null";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            Timestamp oldest = rows.getTimestamp(2);
            return new OutboxBacklog(module, rows.getLong(1), Optional.ofNullable(oldest).map(Timestamp::toInstant));
        } catch (SQLException e) {
            throw new OutboxException("Could not read the " + module + " outbox backlog", e);
        }
    }

    private static String abbreviate(String error) {
        return error.length() <= 2000 ? error : error.substring(0, 2000);
    }
}
