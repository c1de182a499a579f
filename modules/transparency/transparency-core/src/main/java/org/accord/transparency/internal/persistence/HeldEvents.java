package org.accord.transparency.internal.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Events waiting for what another topic has not told yet, in the order they came; native SQL in the caller's
 * transaction.
 */
@ApplicationScoped
public class HeldEvents {

    public record Held(UUID eventId, String eventType, String payload) {
    }

    private final EntityManager entityManager;

    HeldEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void hold(UUID eventId, String waitingFor, String eventType, String payload) {
        entityManager.createNativeQuery("insert into transparency.held_event (event_id, waiting_for, event_type,"
                + " payload) values (?1, ?2, ?3, ?4)").setParameter(1, eventId).setParameter(2, waitingFor)
                .setParameter(3, eventType).setParameter(4, payload).executeUpdate();
    }

    /** Removes and returns, oldest first, the events that waited for {@code known}. */
    public List<Held> release(String known) {
        List<?> rows = entityManager.createNativeQuery("select event_id, event_type, payload"
                + " from transparency.held_event where waiting_for = ?1 order by position").setParameter(1, known)
                .getResultList();
        List<Held> held = rows.stream().map(Object[].class::cast)
                .map(row -> new Held((UUID) row[0], (String) row[1], (String) row[2])).toList();
        if (!held.isEmpty()) {
            entityManager.createNativeQuery("delete from transparency.held_event where waiting_for = ?1")
                    .setParameter(1, known).executeUpdate();
        }
        return held;
    }
}
