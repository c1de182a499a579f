package org.accord.drafting.internal.app;

import java.sql.SQLException;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.accord.platform.errors.RuleViolation;
import org.hibernate.StaleStateException;

/**
 * A change the database refused because another one got there at the same moment (a row changed since it was read, a
 * duplicate key, a deadlock). Nothing of it was stored; the person sees the current state and may send it again.
 */
public class Collision extends RuleViolation {

    /** Unique violation, serialization failure, deadlock, lock not available. */
    private static final Set<String> COLLIDING_STATES = Set.of("23505", "40001", "40P01", "55P03");

    Collision(Throwable cause) {
        super(Kind.CONFLICT, null, "Someone else changed this standard at the same moment, so nothing of yours was"
                + " saved. Check the current state and send your change again.");
        initCause(cause);
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof PessimisticLockException
                    || cause instanceof SQLException sql && COLLIDING_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
