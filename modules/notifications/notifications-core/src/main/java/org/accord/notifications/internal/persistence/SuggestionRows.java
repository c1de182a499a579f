package org.accord.notifications.internal.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Suggestions awaiting an editor's decision, by their authors, from drafting's events. */
@ApplicationScoped
public class SuggestionRows {

    private final Sql sql;

    SuggestionRows(Sql sql) {
        this.sql = sql;
    }

    public void make(UUID id, UUID standardId, UUID clauseId, String author, Instant at) {
        sql.update("insert into notifications.suggestion (id, standard_id, clause_id, author, made_at)"
                + " values (?, ?, ?, ?, ?) on conflict (id) do nothing", id, standardId, clauseId, author, at);
    }

    /** @return the author of the suggestion now decided, if it was known */
    public Optional<String> decide(UUID id) {
        return sql.first("update notifications.suggestion set decided = true where id = ? returning author",
                row -> row.getString("author"), id);
    }
}
