package org.accord.app.notifications;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.accord.notifications.internal.app.Notice;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes members, notices and their queued e-mails straight into the notifications tables, in a transaction of their
 * own, as the module's event handlers do; and reads back where an e-mail and a preference stand.
 */
final class Notices {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager entityManager;

    Notices(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A member with an address of their own, so that each test reads only its own mail, and the language and time zone
     * of their e-mail settings (null: those of their profile).
     */
    UUID member(String username, String fullName, String language, String timeZone) {
        return member(UUID.randomUUID(), username, fullName, language, timeZone);
    }

    /** The member of this id becomes known, as their admission would make them. */
    UUID member(UUID id, String username, String fullName, String language, String timeZone) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("insert into notifications.member (member_id, username, full_name, email,"
                    + " roles, voting_rights, status) values (?1, ?2, ?3, ?4, array['member'], true, 'ACTIVE')")
                    .setParameter(1, id).setParameter(2, username).setParameter(3, fullName)
                    .setParameter(4, address(id)).executeUpdate();
            if (language != null || timeZone != null) {
                entityManager.createNativeQuery("insert into notifications.settings (member_id, language, time_zone)"
                        + " values (?1, ?2, ?3)").setParameter(1, id).setParameter(2, language)
                        .setParameter(3, timeZone).executeUpdate();
            }
        });
        return id;
    }

    static String address(UUID memberId) {
        return "m-" + memberId + "@example.org";
    }

    /** A notice's parameters as the module's intake writes them, from alternating names and values. */
    static String params(Object... namesAndValues) {
        try {
            return JSON.writeValueAsString(Notice.params(namesAndValues));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A notice and its e-mail, PENDING; returns the notice id. */
    UUID queue(UUID memberId, String kind, UUID subjectId, String paramsJson, String delivery) {
        return queue(memberId, kind, subjectId, paramsJson, delivery, "PENDING");
    }

    UUID queue(UUID memberId, String kind, UUID subjectId, String paramsJson, String delivery, String status) {
        UUID noticeId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("insert into notifications.notice (id, member_id, kind, event_id,"
                    + " subject_id, params, created_at) values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), now())")
                    .setParameter(1, noticeId).setParameter(2, memberId).setParameter(3, kind)
                    .setParameter(4, UUID.randomUUID()).setParameter(5, subjectId).setParameter(6, paramsJson)
                    .executeUpdate();
            entityManager.createNativeQuery("insert into notifications.email (notice_id, member_id, delivery, status,"
                    + " queued_at) values (?1, ?2, ?3, ?4, now())").setParameter(1, noticeId)
                    .setParameter(2, memberId).setParameter(3, delivery).setParameter(4, status).executeUpdate();
        });
        return noticeId;
    }

    /** One statement of a test's own, such as an address no server accepts. */
    void execute(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    String status(UUID noticeId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select status from notifications.email where notice_id = ?1")
                .setParameter(1, noticeId).getResultList().stream().findFirst().orElse(null));
    }

    Object[] attempt(UUID noticeId) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select status, attempts, error from notifications.email where notice_id = ?1")
                .setParameter(1, noticeId).getSingleResult());
    }

    /** The member's saved preferences, as "KIND=DELIVERY" sorted, and their settings. */
    String preferences(UUID memberId) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(entityManager.createNativeQuery(
                "select coalesce(string_agg(kind || '=' || delivery, ',' order by kind), '') || ';'"
                        + " || (select language || ',' || time_zone from notifications.settings where member_id = ?1)"
                        + " from notifications.preference where member_id = ?1")
                .setParameter(1, memberId).getSingleResult()));
    }
}
