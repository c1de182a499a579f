package org.accord.app.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a database holds, in a form two databases can be compared by: tables, rows, objects, migrations, sequences. */
final class DatabaseContent {

    /** A table's rows: how many, and an MD5 of all of them in one order. */
    record Rows(long count, String md5) {
    }

    /** A sequence that numbers a column: the next value it hands out and the column's greatest value so far. */
    record Sequence(String name, String column, long next, long greatest) {
    }

    private static final String USER_SCHEMAS = "not in ('pg_catalog', 'information_schema') and %s not like 'pg_toast%%'";

    private DatabaseContent() {
    }

    /** Every table of every schema, by its qualified name. */
    static Map<String, Rows> tables(Connection connection) throws SQLException {
        Map<String, Rows> tables = new TreeMap<>();
        for (String table : strings(connection, "select quote_ident(table_schema) || '.' || quote_ident(table_name)"
                + " from information_schema.tables where table_type = 'BASE TABLE' and table_schema "
                + USER_SCHEMAS.formatted("table_schema"))) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text, e'\\n'"
                            + " order by t::text), '')) from " + table + " t")) {
                rows.next();
                tables.put(table, new Rows(rows.getLong(1), rows.getString(2)));
            }
        }
        return tables;
    }

    /** Tables, indexes, sequences, views, constraints and functions, each with its kind. */
    static List<String> objects(Connection connection) throws SQLException {
        return strings(connection, """
                select n.nspname || '.' || c.relname || ' ' || c.relkind::text from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace where n.nspname %s
                union all
                select n.nspname || '.' || r.conname || ' constraint on ' || r.conrelid::regclass from pg_constraint r
                  join pg_namespace n on n.oid = r.connamespace where n.nspname %s
                union all
                select n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
                  from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname %s
                order by 1""".formatted(USER_SCHEMAS.formatted("n.nspname"), USER_SCHEMAS.formatted("n.nspname"),
                USER_SCHEMAS.formatted("n.nspname")));
    }

    static List<String> migrations(Connection connection) throws SQLException {
        return strings(connection, "select h::text from flyway_schema_history h order by installed_rank");
    }

    /** Every sequence that numbers a column (serial and identity columns). */
    static List<Sequence> sequences(Connection connection) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        for (String owned : strings(connection, """
                select s.oid::regclass || ' ' || a.attrelid::regclass || ' ' || quote_ident(a.attname)
                  from pg_class s join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass
                  join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
                 where s.relkind = 'S' and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
                 order by 1""")) {
            String[] names = owned.split(" ");
            long next = Long.parseLong(strings(connection, "select case when is_called then last_value + 1"
                    + " else last_value end from " + names[0]).getFirst());
            long greatest = Long.parseLong(strings(connection, "select coalesce(max(" + names[2] + "), 0) from "
                    + names[1]).getFirst());
            sequences.add(new Sequence(names[0], names[1] + "." + names[2], next, greatest));
        }
        return sequences;
    }

    private static List<String> strings(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
