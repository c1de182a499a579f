package org.accord.notifications.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Liaison statements sent and whether their addressee replied, from publishing's events. */
@ApplicationScoped
public class LiaisonRows {

    public record Statement(UUID id, String title, String addressee, LocalDate replyDue) {
    }

    private static final String CLAIM = "update notifications.liaison_statement set reminded = true"
            + " where not replied and not reminded and reply_due <= ?";
    private static final String RETURNING = " returning id, title, addressee, reply_due";

    private final Sql sql;

    LiaisonRows(Sql sql) {
        this.sql = sql;
    }

    public void send(UUID id, String title, String addressee, LocalDate replyDue, String sentBy) {
        sql.update("insert into notifications.liaison_statement (id, title, addressee, reply_due, sent_by)"
                + " values (?, ?, ?, ?, ?) on conflict (id) do nothing", id, title, addressee, replyDue, sentBy);
    }

    /** @return whether the statement was waiting for its reply */
    public boolean replied(UUID id) {
        return sql.update("update notifications.liaison_statement set replied = true where id = ? and not replied",
                id) == 1;
    }

    /** Statements whose reply is due by {@code dueBy}, not replied and not reminded of yet, marked reminded. */
    public List<Statement> claimReminders(LocalDate dueBy) {
        return sql.list(CLAIM + RETURNING, LiaisonRows::statement, dueBy);
    }

    /** Like {@link #claimReminders(LocalDate)}, for one statement. */
    public List<Statement> claimReminder(UUID id, LocalDate dueBy) {
        return sql.list(CLAIM + " and id = ?" + RETURNING, LiaisonRows::statement, dueBy, id);
    }

    private static Statement statement(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Statement(Sql.uuid(row, "id"), row.getString("title"), row.getString("addressee"),
                row.getObject("reply_due", LocalDate.class));
    }
}
