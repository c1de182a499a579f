package org.accord.notifications.internal.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.web.PageRequest;

/** The members' in-app notices and the e-mail each queues, in the caller's transaction. */
@ApplicationScoped
public class NoticeRows {

    /** A notice as stored: its kind and parameters, worded only when shown. */
    public record Notice(UUID id, UUID memberId, String kind, UUID subjectId, String paramsJson, Instant createdAt,
            Instant readAt) {
    }

    /** What a notice to write says, who may not receive it, and whether it is still news enough to e-mail. */
    public record Writing(String kind, UUID eventId, UUID subjectId, String paramsJson, Instant at, String actor,
            boolean toInactiveToo, String defaultDelivery, boolean mailed) {
    }

    /*
     * One statement writes the notices and queues their e-mails: a recipient who already has this event's notice (a
     * redelivery, a second reminder) is skipped, and so is their e-mail. Members not known here yet count as active. An
     * e-mail is queued now, whenever its event happened: a digest takes what was queued before its hour.
     */
    private static final String WRITE = "with written as (insert into notifications.notice"
            + " (id, member_id, kind, event_id, subject_id, params, created_at)"
            + " select gen_random_uuid(), c.id, ?, ?, ?, cast(? as jsonb), ?"
            + " from (select distinct unnest(?) as id) c left join notifications.member m on m.member_id = c.id"
            + " where (? or coalesce(m.status, 'ACTIVE') = 'ACTIVE')"
            + " and (cast(? as text) is null or m.username is distinct from cast(? as text))"
            + " on conflict (event_id, member_id, kind) do nothing returning id, member_id),"
            + " queued as (insert into notifications.email (notice_id, member_id, delivery, status, queued_at)"
            + " select w.id, w.member_id, coalesce(p.delivery, ?), 'PENDING', now() from written w"
            + " left join notifications.preference p on p.member_id = w.member_id and p.kind = ?"
            + " where ? and coalesce(p.delivery, ?) <> 'OFF')"
            + " select member_id from written";

    private static final String NOTICE = "select id, member_id, kind, subject_id, params::text as params, created_at,"
            + " read_at from notifications.notice";

    private final Sql sql;

    NoticeRows(Sql sql) {
        this.sql = sql;
    }

    /** @return the members who received the notice now (not those who had it already, nor the actor) */
    public List<UUID> write(Writing notice, Collection<UUID> recipients) {
        if (recipients.isEmpty()) {
            return List.of();
        }
        return sql.list(WRITE, row -> Sql.uuid(row, "member_id"), notice.kind(), notice.eventId(),
                notice.subjectId(), notice.paramsJson(), notice.at(), Sql.uuids(recipients),
                notice.toInactiveToo(), notice.actor(), notice.actor(), notice.defaultDelivery(), notice.kind(),
                notice.mailed(), notice.defaultDelivery());
    }

    /** The member's notices, newest first, continuing after the (created at, id) of the previous page's last. */
    public List<Notice> newest(UUID memberId, PageRequest page) {
        if (page.isFirst()) {
            return sql.list(NOTICE + " where member_id = ? order by created_at desc, id desc limit ?",
                    NoticeRows::notice, memberId, page.fetchSize());
        }
        return sql.list(NOTICE + " where member_id = ? and (created_at, id) < (?, ?)"
                + " order by created_at desc, id desc limit ?", NoticeRows::notice, memberId,
                page.after().instant(0), page.after().uuid(1), page.fetchSize());
    }

    /** @return whether the member has this notice (read before or now) */
    public boolean markRead(UUID id, UUID memberId, Instant at) {
        return sql.update("update notifications.notice set read_at = coalesce(read_at, ?) where id = ?"
                + " and member_id = ?", at, id, memberId) == 1;
    }

    public int markAllRead(UUID memberId, Instant at) {
        return sql.update("update notifications.notice set read_at = ? where member_id = ? and read_at is null", at,
                memberId);
    }

    private static Notice notice(ResultSet row) throws SQLException {
        return new Notice(Sql.uuid(row, "id"), Sql.uuid(row, "member_id"), row.getString("kind"),
                Sql.uuid(row, "subject_id"), row.getString("params"), Sql.instant(row, "created_at"),
                Sql.instant(row, "read_at"));
    }
}
