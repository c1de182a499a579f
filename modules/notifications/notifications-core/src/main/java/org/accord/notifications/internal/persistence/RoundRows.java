package org.accord.notifications.internal.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Comment rounds, and the comments of each by their authors, from review's events; never a comment's text. */
@ApplicationScoped
public class RoundRows {

    public record Round(UUID id, UUID standardId, String title, Instant closesAt) {
    }

    private final Sql sql;

    RoundRows(Sql sql) {
        this.sql = sql;
    }

    public void open(UUID id, UUID standardId, String title, Instant closesAt, boolean visibleWhileOpen) {
        sql.update("insert into notifications.round (id, standard_id, title, closes_at, status, visible_while_open)"
                + " values (?, ?, ?, ?, 'OPEN', ?) on conflict (id) do nothing", id, standardId, title, closesAt,
                visibleWhileOpen);
    }

    /** Whether members see the round's comments now: it shows them while open, or it closed; false when unknown. */
    public boolean showsComments(UUID id) {
        return sql.first("select visible_while_open or status = 'CLOSED' as shows from notifications.round"
                + " where id = ?", row -> row.getBoolean("shows"), id).orElse(false);
    }

    /** Moves the round's close; its followers are reminded again as the new close nears. */
    public void extend(UUID id, Instant closesAt) {
        sql.update("update notifications.round set closes_at = ?, reminded = false where id = ?", closesAt, id);
    }

    public void close(UUID id) {
        sql.update("update notifications.round set status = 'CLOSED' where id = ?", id);
    }

    /** Open rounds closing after {@code now} and by {@code closingBy} not reminded of yet, marked reminded. */
    public List<Round> claimReminders(Instant now, Instant closingBy) {
        return sql.list("update notifications.round set reminded = true where status = 'OPEN' and not reminded"
                + " and closes_at > ? and closes_at <= ? returning id, standard_id, title, closes_at",
                row -> new Round(Sql.uuid(row, "id"), Sql.uuid(row, "standard_id"), row.getString("title"),
                        Sql.instant(row, "closes_at")),
                now, closingBy);
    }

    public void addComment(UUID id, UUID roundId, UUID standardId, int number, String author) {
        sql.update("insert into notifications.comment (id, round_id, standard_id, number, author)"
                + " values (?, ?, ?, ?, ?) on conflict (id) do nothing", id, roundId, standardId, number, author);
    }

    public void dispose(Collection<UUID> commentIds, String disposition, Instant at) {
        sql.update("update notifications.comment set disposition = ?, disposed_at = ? where id = any (?)",
                disposition, at, Sql.uuids(commentIds));
    }

    /** Forgets a withdrawn or hidden comment; @return its author, if it was known */
    public Optional<String> removeComment(UUID id) {
        return sql.first("delete from notifications.comment where id = ? returning author",
                row -> row.getString("author"), id);
    }
}
