package org.accord.notifications.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Native SQL on the connection of the caller's transaction, binding what JPA's native queries do not: arrays of ids and
 * names (one statement for any number of recipients) and times with their zone.
 */
@ApplicationScoped
class Sql {

    /** Reads one row of a result. */
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** A {@code uuid[]} parameter. */
    record Uuids(Collection<UUID> values) {
    }

    /** A {@code text[]} parameter. */
    record Texts(Collection<String> values) {
    }

    private final EntityManager entityManager;

    Sql(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    static Uuids uuids(Collection<UUID> values) {
        return new Uuids(values);
    }

    static Texts texts(Collection<String> values) {
        return new Texts(values);
    }

    int update(String sql, Object... parameters) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    <T> List<T> list(String sql, Row<T> reader, Object... parameters) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(reader.read(rows));
                }
                return read;
            }
        });
    }

    <T> Optional<T> first(String sql, Row<T> reader, Object... parameters) {
        return list(sql, reader, parameters).stream().findFirst();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    static List<String> texts(ResultSet row, String column) throws SQLException {
        java.sql.Array array = row.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, value(connection, parameters[i]));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static Object value(Connection connection, Object parameter) throws SQLException {
        return switch (parameter) {
            case Instant instant -> OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            case Uuids ids -> connection.createArrayOf("uuid", ids.values().toArray());
            case Texts texts -> connection.createArrayOf("text", texts.values().toArray());
            case null, default -> parameter;
        };
    }
}
