package org.accord.notifications.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The e-mails of notices in {@code notifications.email}, and what rendering one needs (the notice, its member's address
 * and settings). Nothing rendered is stored: an e-mail is worded when it is sent. Claiming marks rows SENDING and locks
 * them with SKIP LOCKED, so that several senders (threads or application instances) never take the same row; a row
 * stays SENDING only if its sender died after claiming it, and is then never sent again. An e-mail to a member not
 * known here yet stays PENDING until they are. Native SQL in the caller's transaction.
 */
@ApplicationScoped
public class EmailRows {

    private static final String OUTGOING_COLUMNS = "select cast(n.id as text), cast(n.member_id as text), n.kind,"
            + " cast(n.subject_id as text), cast(n.params as text), n.created_at, m.email, m.full_name, m.username,"
            + " s.language, s.time_zone"
            + " from notifications.notice n join notifications.member m on m.member_id = n.member_id"
            + " left join notifications.settings s on s.member_id = n.member_id ";

    /*
     * Only e-mails to members known here are claimed: a notice can name a member whose admission has not reached this
     * module yet (eligible voters come straight from voting), and their e-mail waits, PENDING, until the address does.
     */
    private static final String ADDRESSED = "join notifications.member m on m.member_id = q.member_id";

    /**
     * An e-mail claimed for sending, with what its rendering needs: the notice, and its member's address, username and
     * e-mail settings (language and time zone, null where they follow the member's profile).
     */
    public record Outgoing(UUID noticeId, UUID memberId, String kind, UUID subjectId, String params, Instant createdAt,
            String address, String fullName, String username, String language, String timeZone) {
    }

    /**
     * A member with digest e-mails waiting, and when the oldest of them was queued; with their e-mail settings, since
     * the digest hour is read in their time zone.
     */
    public record DigestCandidate(UUID memberId, String username, String language, String timeZone,
            Instant oldestQueuedAt) {
    }

    /** An e-mail as the admin page lists it. */
    public record EmailRow(UUID noticeId, String address, String kind, String delivery, String status,
            Instant queuedAt, Instant sentAt, int attempts, String error) {
    }

    private final EntityManager entityManager;

    EmailRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Claims up to {@code limit} pending immediate e-mails, oldest first. */
    public List<Outgoing> claimImmediate(int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = entityManager.createNativeQuery("update notifications.email e set status = 'SENDING'"
                + " from (select q.notice_id from notifications.email q " + ADDRESSED
                + " where q.status = 'PENDING' and q.delivery = 'IMMEDIATE'"
                + " order by q.queued_at limit ?1 for update of q skip locked) due"
                + " where e.notice_id = due.notice_id returning cast(e.notice_id as text)").setParameter(1, limit)
                .getResultList();
        return outgoing(ids.stream().map(id -> UUID.fromString((String) id)).toList());
    }

    public List<DigestCandidate> digestCandidates() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select cast(e.member_id as text), m.username,"
                + " s.language, s.time_zone, min(e.queued_at) from notifications.email e"
                + " join notifications.member m on m.member_id = e.member_id"
                + " left join notifications.settings s on s.member_id = e.member_id"
                + " where e.status = 'PENDING' and e.delivery = 'DIGEST'"
                + " group by e.member_id, m.username, s.language, s.time_zone").getResultList();
        return rows.stream().map(row -> new DigestCandidate(UUID.fromString((String) row[0]), (String) row[1],
                (String) row[2], (String) row[3], instant(row[4]))).toList();
    }

    /** Claims a member's pending digest e-mails queued before {@code before}, oldest first. */
    public List<Outgoing> claimDigest(UUID memberId, Instant before) {
        @SuppressWarnings("unchecked")
        List<Object> ids = entityManager.createNativeQuery("update notifications.email e set status = 'SENDING'"
                + " from (select q.notice_id from notifications.email q " + ADDRESSED
                + " where q.status = 'PENDING' and q.delivery = 'DIGEST' and q.member_id = ?1 and q.queued_at < ?2"
                + " for update of q skip locked) due"
                + " where e.notice_id = due.notice_id returning cast(e.notice_id as text)").setParameter(1, memberId)
                .setParameter(2, Timestamp.from(before)).getResultList();
        return outgoing(ids.stream().map(id -> UUID.fromString((String) id)).toList());
    }

    public void markSent(Collection<UUID> noticeIds, Instant at) {
        entityManager.createNativeQuery("update notifications.email set status = 'SENT', sent_at = :at, error = null"
                + " where notice_id in (:ids) and status = 'SENDING'").setParameter("at", Timestamp.from(at))
                .setParameter("ids", noticeIds).executeUpdate();
    }

    /** Returns e-mails whose sending failed to the queue, or gives them up after {@code maxAttempts}. */
    public void markFailed(Collection<UUID> noticeIds, String error, int maxAttempts) {
        entityManager.createNativeQuery("update notifications.email set attempts = attempts + 1, error = :error,"
                + " status = case when attempts + 1 >= :max then 'FAILED' else 'PENDING' end"
                + " where notice_id in (:ids) and status = 'SENDING'").setParameter("error", error)
                .setParameter("max", maxAttempts).setParameter("ids", noticeIds).executeUpdate();
    }

    /** Withdraws a member's e-mails of these kinds that have not left yet, after the member turned them off. */
    public void dropPending(UUID memberId, Collection<String> kinds) {
        entityManager.createNativeQuery("delete from notifications.email e using notifications.notice n"
                + " where n.id = e.notice_id and e.member_id = :member and e.status = 'PENDING' and n.kind in (:kinds)")
                .setParameter("member", memberId).setParameter("kinds", kinds).executeUpdate();
    }

    /** The latest e-mails, newest first, for the admin page. */
    public List<EmailRow> latest(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select cast(e.notice_id as text), m.email, n.kind,"
                + " e.delivery, e.status, e.queued_at, e.sent_at, e.attempts, e.error from notifications.email e"
                + " join notifications.notice n on n.id = e.notice_id"
                + " left join notifications.member m on m.member_id = e.member_id"
                + " order by e.queued_at desc, e.notice_id limit ?1").setParameter(1, limit).getResultList();
        return rows.stream().map(row -> new EmailRow(UUID.fromString((String) row[0]), (String) row[1],
                (String) row[2], (String) row[3], (String) row[4], instant(row[5]),
                row[6] == null ? null : instant(row[6]), ((Number) row[7]).intValue(), (String) row[8])).toList();
    }

    private List<Outgoing> outgoing(List<UUID> noticeIds) {
        if (noticeIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(OUTGOING_COLUMNS + "where n.id in (:ids) order by n.created_at, n.id")
                .setParameter("ids", noticeIds).getResultList();
        return rows.stream().map(row -> new Outgoing(UUID.fromString((String) row[0]),
                UUID.fromString((String) row[1]), (String) row[2],
                row[3] == null ? null : UUID.fromString((String) row[3]), (String) row[4], instant(row[5]),
                (String) row[6], (String) row[7], (String) row[8], (String) row[9], (String) row[10])).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
