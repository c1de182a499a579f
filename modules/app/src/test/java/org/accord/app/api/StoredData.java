package org.accord.app.api;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * A fingerprint of everything the application stores: each table's row count and a hash of its rows. An outbox row's
 * relay columns change when it is sent, so an outbox counts by its event ids; likewise a notice's e-mail changes as the
 * sender works through its queue, every few seconds, so e-mails count by their notices. The public log is left out: it
 * records what the modules publish, as it reads their topics and signs its heads in its own time, so a request that
 * changes no module's data adds nothing to it.
 */
final class StoredData {

    private final DataSource dataSource;
    private String query;

    StoredData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Table name to "rows:hash". */
    Map<String, String> fingerprint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<String, String> tables = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery(query(connection))) {
                while (rows.next()) {
                    tables.put(rows.getString(1), rows.getLong(2) + ":" + rows.getString(3));
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fingerprint once background work (relays, consumers) has come to rest. */
    Map<String, String> settled() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, String> previous = fingerprint();
        while (System.nanoTime() < deadline) {
            sleep();
            Map<String, String> current = fingerprint();
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        throw new IllegalStateException("Stored data kept changing for 30 s");
    }

    static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table)))
                .collect(Collectors.toList());
    }

    private String query(Connection connection) throws SQLException {
        if (query == null) {
            List<String> parts = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet tables = statement.executeQuery("""
                            select table_schema, table_name from information_schema.tables
                            where table_type = 'BASE TABLE'
                            and table_schema not in ('pg_catalog', 'information_schema', 'transparency')
                            order by 1, 2""")) {
                while (tables.next()) {
                    String table = '"' + tables.getString(1) + "\".\"" + tables.getString(2) + '"';
                    String row = identity(tables.getString(1), tables.getString(2));
                    parts.add("select '" + table + "', count(*), coalesce(md5(string_agg(md5(" + row
                            + "), '' order by md5(" + row + "))), '') from " + table + " t");
                }
            }
            query = String.join("\nunion all ", parts);
        }
        return query;
    }

    /** What a row is fingerprinted by: all of it, except where background work changes it in its own time. */
    private static String identity(String schema, String table) {
        if (table.equals("outbox")) {
            return "t.event_id::text";
        }
        if (schema.equals("notifications") && table.equals("email")) {
            return "t.notice_id::text";
        }
        // The reminder timer marks rounds near their close, and rounds the clock closes turn CLOSED, at any moment.
        return schema.equals("notifications") && table.equals("round")
                ? "(t.id, t.standard_id, t.title)::text"
                : "t::text";
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
