package org.accord.notifications.internal.persistence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.accord.notifications.internal.domain.Delivery;
import org.accord.notifications.internal.domain.NoticeKind;

/**
 * A member's e-mail choices: language and time zone ({@code notifications.settings}; each null, or no row, to follow
 * the member's profile) and, per kind of notice, how its e-mail is delivered ({@code notifications.preference}; a kind
 * without a row keeps its default). Native SQL in the caller's transaction.
 */
@ApplicationScoped
public class PreferenceRows {

    /** Language and time zone of a member's e-mails, each null when they follow the member's profile. */
    public record Settings(String language, String timeZone) {

        public static final Settings OF_THE_PROFILE = new Settings(null, null);
    }

    private final EntityManager entityManager;

    PreferenceRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Settings settings(UUID memberId) {
        List<?> rows = entityManager
                .createNativeQuery("select language, time_zone from notifications.settings where member_id = ?1")
                .setParameter(1, memberId).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Settings((String) row[0], (String) row[1]))
                .findFirst().orElse(Settings.OF_THE_PROFILE);
    }

    /** How each kind's e-mail reaches this member: their choice, else the kind's default. */
    public Map<NoticeKind, Delivery> deliveries(UUID memberId) {
        Map<NoticeKind, Delivery> deliveries = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            deliveries.put(kind, kind.byDefault());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select kind, delivery from notifications.preference where member_id = ?1")
                .setParameter(1, memberId).getResultList();
        for (Object[] row : rows) {
            deliveries.put(NoticeKind.valueOf((String) row[0]), Delivery.valueOf((String) row[1]));
        }
        return deliveries;
    }

    public void saveSettings(UUID memberId, Settings settings) {
        if (settings.equals(Settings.OF_THE_PROFILE)) {
            entityManager.createNativeQuery("delete from notifications.settings where member_id = ?1")
                    .setParameter(1, memberId).executeUpdate();
            return;
        }
        entityManager.createNativeQuery("insert into notifications.settings (member_id, language, time_zone)"
                + " values (?1, ?2, ?3) on conflict (member_id) do update set language = excluded.language,"
                + " time_zone = excluded.time_zone").setParameter(1, memberId).setParameter(2, settings.language())
                .setParameter(3, settings.timeZone()).executeUpdate();
    }

    public void saveDelivery(UUID memberId, NoticeKind kind, Delivery delivery) {
        entityManager.createNativeQuery("insert into notifications.preference (member_id, kind, delivery)"
                + " values (?1, ?2, ?3) on conflict (member_id, kind) do update set delivery = excluded.delivery")
                .setParameter(1, memberId).setParameter(2, kind.name()).setParameter(3, delivery.name())
                .executeUpdate();
    }

    public void forgetDelivery(UUID memberId, NoticeKind kind) {
        entityManager.createNativeQuery("delete from notifications.preference where member_id = ?1 and kind = ?2")
                .setParameter(1, memberId).setParameter(2, kind.name()).executeUpdate();
    }
}
