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
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.module.ModuleName;
import org.accord.platform.tracing.TraceContext;

/**
 * SQL over the outbox tables. Every module has the same {@code <schema>.outbox} table (created by
 * {@code platform.create_messaging_tables}); the schema name comes from a validated {@link ModuleName}.
 */
@ApplicationScoped
public class OutboxStore {

    /**
     * Keeps a correlated subquery a subquery. The outbox is a queue: its statistics are often from a moment when little
     * was unsent, and then PostgreSQL turns {@code not exists} into an anti-join that scans every unsent row once per
     * candidate, so a claim costs the square of the backlog (2 s for a backlog of 8,000). As a subquery it is an index
     * lookup per candidate, whatever the statistics say (ADR 0016).
     */
    private static final String EVALUATED_PER_ROW = " offset 0";

    /** A row whose subject has an earlier unsent row that is parked, backing off or leased by another relayer. */
    private static final String HELD_BEHIND_EARLIER = "exists (select 1 from %1$s e where e.subject = o.subject"
            + " and e.sent_at is null and e.seq < o.seq and (e.parked_at is not null or e.next_attempt_at > now()"
            + " or e.claimed_until >= now())" + EVALUATED_PER_ROW + ")";

    private final DataSource dataSource;

    OutboxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Writes the row in the caller's transaction. The lock on the subject, held until that transaction ends, makes a
     * writer that commits later take a later {@code seq}, so a subject's rows are numbered in commit order.
     */
    void insert(ModuleName module, OutboxMessage message) {
        String sql = "insert into " + module.schema() + ".outbox (event_id, event_type, subject, schema_version,"
                + " payload, occurred_at, claim_check, traceparent, tracestate) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection
                        .prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            lock.setString(1, module.schema() + ".outbox/" + message.subject());
            lock.execute();
            statement.setObject(1, message.eventId());
            statement.setString(2, message.eventType());
            statement.setString(3, message.subject());
            statement.setInt(4, message.schemaVersion());
            statement.setString(5, message.payload());
            statement.setTimestamp(6, Timestamp.from(message.occurredAt()));
            statement.setObject(7, message.claimCheck());
            statement.setString(8, message.trace() == null ? null : message.trace().traceparent());
            statement.setString(9, message.trace() == null ? null : message.trace().tracestate());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Could not write an event to the " + module + " outbox", e);
        }
    }

    /**
     * Claims up to {@code limit} rows due to be sent for one relayer, oldest first. Rows locked or leased by another
     * relayer, backing off or parked are skipped, and so is every later row of their subject; a row is also left alone
     * while an earlier unsent row of the same subject is not claimed with it, so one aggregate's events are never sent
     * out of order.
     */
    List<OutboxMessage> claim(ModuleName module, String relayer, int limit, Duration lease) {
        String table = module.schema() + ".outbox";
        String sql = "with candidate as (select seq, subject from " + table + " o"
                + " where sent_at is null and parked_at is null and (claimed_until is null or claimed_until < now())"
                + " and (next_attempt_at is null or next_attempt_at <= now())"
                + " and not " + HELD_BEHIND_EARLIER.formatted(table)
                + " order by seq limit ? for update skip locked)"
                + " update " + table + " o set claimed_by = ?, claimed_until = now() + ? * interval '1 millisecond',"
                + " attempts = attempts + 1"
                + " from candidate c where o.seq = c.seq and not exists (select 1 from " + table + " e"
                + " where e.subject = c.subject and e.sent_at is null and e.seq < c.seq"
                + " and e.seq not in (select seq from candidate)" + EVALUATED_PER_ROW + ")"
                + " returning o.seq, o.event_id, o.event_type, o.subject, o.schema_version, o.payload, o.occurred_at,"
                + " o.claim_check, o.traceparent, o.tracestate";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            withoutWaitingForDisk(connection);
            statement.setInt(1, limit);
            statement.setString(2, relayer);
            statement.setLong(3, lease.toMillis());
            List<OutboxMessage> claimed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new OutboxMessage(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getInt(5), rows.getString(6), rows.getTimestamp(7).toInstant(),
                            rows.getObject(8, UUID.class), trace(rows.getString(9), rows.getString(10))));
                }
            }
            claimed.sort(Comparator.comparingLong(OutboxMessage::sequence));
            return claimed;
        } catch (SQLException e) {
            throw new OutboxException("Could not claim events from the " + module + " outbox", e);
        }
    }

    private static TraceContext trace(String traceparent, String tracestate) {
        return traceparent == null ? null : new TraceContext(traceparent, tracestate);
    }

    /** Marks the rows sent; {@code claimed_by} keeps the name of the relayer that sent them, for the record. */
    void markSent(ModuleName module, String relayer, List<Long> sequences) {
        settle(module, relayer, sequences, "sent_at = now(), next_attempt_at = null, last_error = null");
    }

    /** Releases rows that were not sent, unchanged, for a later claim. */
    void unclaim(ModuleName module, String relayer, List<Long> sequences) {
        settle(module, relayer, sequences, "claimed_by = null, attempts = attempts - 1");
    }

    private void settle(ModuleName module, String relayer, List<Long> sequences, String changes) {
        if (sequences.isEmpty()) {
            return;
        }
        String sql = "update " + module.schema() + ".outbox set claimed_until = null, " + changes
                + " where seq = any(?) and claimed_by = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            withoutWaitingForDisk(connection);
            statement.setArray(1, sequences(connection, sequences));
            statement.setString(2, relayer);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Could not update the " + module + " outbox", e);
        }
    }

    /**
     * Releases rows that failed, to be tried again after a pause that doubles with every attempt. A refusal counts
     * towards parking; a row refused {@code maxRefusals} times is parked.
     *
     * @return the rows this release parked
     */
    List<ParkedEvent> release(ModuleName module, String relayer, List<Long> sequences, String error, boolean refused,
            Backoff backoff) {
        if (sequences.isEmpty()) {
            return List.of();
        }
        String table = module.schema() + ".outbox";
        String refusals = refused ? "refusals + 1" : "refusals";
        String sql = "update " + table + " o set claimed_by = null, claimed_until = null, last_error = ?,"
                + " refusals = " + refusals + ","
                + " next_attempt_at = now() + least(? * power(2, least(attempts, 30) - 1), ?) * interval '1 millisecond',"
                + " parked_at = case when " + refusals + " >= ? then now() end"
                + " where seq = any(?) and claimed_by = ?"
                + " returning " + ParkedEvent.COLUMNS.formatted(table);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            withoutWaitingForDisk(connection);
            statement.setString(1, abbreviate(error));
            statement.setLong(2, backoff.initial().toMillis());
            statement.setLong(3, backoff.max().toMillis());
            statement.setInt(4, backoff.maxRefusals());
            statement.setArray(5, sequences(connection, sequences));
            statement.setString(6, relayer);
            return ParkedEvent.readAll(module, statement).stream().filter(row -> row.parkedAt() != null).toList();
        } catch (SQLException e) {
            throw new OutboxException("Could not update the " + module + " outbox", e);
        }
    }

    /** The module's parked events, oldest first. */
    public List<ParkedEvent> parked(ModuleName module) {
        String table = module.schema() + ".outbox";
        String sql = "select " + ParkedEvent.COLUMNS.formatted(table) + " from " + table + " o"
                + " where parked_at is not null and sent_at is null order by seq";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return ParkedEvent.readAll(module, statement);
        } catch (SQLException e) {
            throw new OutboxException("Could not read the parked events of the " + module + " outbox", e);
        }
    }

    /**
     * Unparks one event, or every parked event when {@code eventId} is null, so the relay tries it again at once.
     *
     * @return how many events were unparked
     */
    int unpark(ModuleName module, UUID eventId) {
        String sql = "update " + module.schema() + ".outbox set parked_at = null, refusals = 0, next_attempt_at = null"
                + " where parked_at is not null and sent_at is null and (cast(? as uuid) is null or event_id = ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, eventId);
            statement.setObject(2, eventId);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Could not unpark events of the " + module + " outbox", e);
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

    /** What waits to be sent, what is parked and what is held behind parked events. */
    public OutboxBacklog backlog(ModuleName module) {
        String table = module.schema() + ".outbox";
        String sql = "select count(*) filter (where not blocked), count(*) filter (where parked),"
                + " count(*) filter (where blocked and not parked), min(occurred_at) filter (where not blocked)"
                + " from (select o.occurred_at, o.parked_at is not null as parked, o.parked_at is not null or exists"
                + " (select 1 from " + table + " p where p.subject = o.subject and p.sent_at is null"
                + " and p.parked_at is not null and p.seq < o.seq) as blocked"
                + " from " + table + " o where o.sent_at is null) unsent";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            Timestamp oldest = rows.getTimestamp(4);
            return new OutboxBacklog(module, rows.getLong(1), rows.getLong(2), rows.getLong(3),
                    Optional.ofNullable(oldest).map(Timestamp::toInstant));
        } catch (SQLException e) {
            throw new OutboxException("Could not read the " + module + " outbox backlog", e);
        }
    }

    /** How many events of the type are parked in the module's outbox. */
    long parkedOfType(ModuleName module, String eventType) {
        String sql = "select count(*) from " + module.schema() + ".outbox"
                + " where parked_at is not null and sent_at is null and event_type = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, eventType);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new OutboxException("Could not count the parked events of the " + module + " outbox", e);
        }
    }

    private static Array sequences(Connection connection, List<Long> sequences) throws SQLException {
        return connection.createArrayOf("bigint", sequences.toArray());
    }

    private static String abbreviate(String error) {
        return error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    /** How failed rows wait before their next try, and after how many refusals they are parked. */
    record Backoff(Duration initial, Duration max, int maxRefusals) {
    }
}
