package org.accord.platform.web;

import java.sql.SQLException;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * Recognises a change the database refused because another one got there at the same moment (a row changed since it was
 * read, a duplicate key, a deadlock, a lock not available). Nothing of it was stored, so the answer is a 409.
 */
public final class DatabaseCollisions {

    /** Unique violation, serialization failure, deadlock, lock not available. */
    private static final Set<String> COLLIDING_STATES = Set.of("23505", "40001", "40P01", "55P03");

    private DatabaseCollisions() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof SQLException sql && COLLIDING_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
