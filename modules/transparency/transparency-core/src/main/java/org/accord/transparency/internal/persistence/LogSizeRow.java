package org.accord.transparency.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The log's size, one row. Whoever appends or signs locks it first, so that across all instances of the application one
 * writer at a time numbers entries and signs heads; a trigger lets it only grow.
 */
@ApplicationScoped
public class LogSizeRow {

    private final EntityManager entityManager;

    LogSizeRow(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The size, locked until the caller's transaction ends. */
    public long lock() {
        return ((Number) entityManager.createNativeQuery("select size from transparency.log_size for update")
                .getSingleResult()).longValue();
    }

    public long read() {
        return ((Number) entityManager.createNativeQuery("select size from transparency.log_size").getSingleResult())
                .longValue();
    }

    public void grow(long size) {
        entityManager.createNativeQuery("update transparency.log_size set size = ?1").setParameter(1, size)
                .executeUpdate();
    }
}
