package org.accord.platform.outbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.accord.platform.module.ModuleName;
import org.accord.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim's work does not grow with the backlog, even when the outbox's statistics were taken while nothing was unsent,
 * as they usually are for a queue. Measured in rows the database fetched for one claim, not in time.
 */
class OutboxClaimTest {

    private static final int BATCH = 500;

    private static PostgresServer postgres;
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void database() throws Exception {
        postgres = PostgresServer.startTemporary();
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.jdbcUrl());
        // The platform's own migrations, in version order, as Flyway applies them in the application.
        Path migrations = Path.of(OutboxClaimTest.class.getResource("/db/migration/platform").toURI());
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                Stream<Path> files = Files.list(migrations)) {
            for (Path migration : files.filter(file -> file.toString().endsWith(".sql")).sorted().toList()) {
                statement.execute(Files.readString(migration));
            }
        }
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void aClaim_examinesAsManyRowsBehindABacklogOfTwentyThousandAsOfTwoThousand() throws SQLException {
        long small = rowsFetchedByOneClaim("claim_small", 2_000);
        long large = rowsFetchedByOneClaim("claim_large", 20_000);

        assertThat(large).as("rows fetched claiming %d of 20,000 (of 2,000: %d)", BATCH, small)
                .isLessThan(small * 2);
    }

    @Test
    void aClaim_behindABacklog_takesTheOldestRowsInOrder() throws SQLException {
        ModuleName module = outboxWithStaleStatistics("claim_order", 3_000);

        List<OutboxMessage> claimed = new OutboxStore(dataSource).claim(module, "relay-a", BATCH,
                Duration.ofMinutes(1));

        assertThat(claimed).hasSize(BATCH);
        assertThat(claimed.getFirst().sequence()).isEqualTo(30_001);
        assertThat(claimed.getLast().sequence()).isEqualTo(30_000 + BATCH);
    }

    private long rowsFetchedByOneClaim(String schema, int backlog) throws SQLException {
        ModuleName module = outboxWithStaleStatistics(schema, backlog);
        long before = rowsFetched(schema);
        assertThat(new OutboxStore(dataSource).claim(module, "relay-a", BATCH, Duration.ofMinutes(1)))
                .hasSize(BATCH);
        return rowsFetched(schema) - before;
    }

    /** 30,000 sent rows, statistics taken, then a backlog of unsent rows the statistics do not know about. */
    private static ModuleName outboxWithStaleStatistics(String schema, int backlog) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select platform.create_messaging_tables('" + schema + "')");
            statement.execute("alter table " + schema + ".outbox set (autovacuum_enabled = false)");
            statement.execute(rows(schema, 30_000, "now()"));
            statement.execute("analyze " + schema + ".outbox");
            statement.execute(rows(schema, backlog, "null"));
        }
        return new ModuleName(schema);
    }

    private static String rows(String schema, int count, String sentAt) {
        return "insert into " + schema + ".outbox (event_id, event_type, subject, schema_version, payload,"
                + " occurred_at, sent_at) select gen_random_uuid(), 'accord.ping.PingSent.v1', gen_random_uuid()::text,"
                + " 1, '{}', now(), " + sentAt + " from generate_series(1, " + count + ")";
    }

    /** Rows read from the table and its indexes, as the statistics count them once the claiming session has ended. */
    private static long rowsFetched(String schema) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_clear_snapshot()");
            try (ResultSet rows = statement.executeQuery("select coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch,"
                    + " 0) from pg_stat_user_tables where schemaname = '" + schema + "' and relname = 'outbox'")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

}
