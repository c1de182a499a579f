package org.accord.notifications.internal.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** The members' choices of how each kind of notice reaches them by e-mail. */
@ApplicationScoped
public class PreferenceRows {

    private final Sql sql;

    PreferenceRows(Sql sql) {
        this.sql = sql;
    }

    public Optional<String> delivery(UUID memberId, String kind) {
        return sql.first("select delivery from notifications.preference where member_id = ? and kind = ?",
                row -> row.getString("delivery"), memberId, kind);
    }
}
