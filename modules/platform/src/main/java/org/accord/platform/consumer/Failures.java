package org.accord.platform.consumer;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.accord.platform.events.PoisonEventException;

/** Tells what kind of failure stopped a delivery, by looking through its causes. */
final class Failures {

    private static final Set<String> TRANSIENT_STATE_PREFIXES = Set.of("08", "40", "53", "55P03", "57P0", "23505");
    private static final Set<String> TRANSIENT_EXCEPTIONS = Set.of("PessimisticLockException", "LockTimeoutException",
            "QueryTimeoutException", "OptimisticLockException", "LockAcquisitionException",
            "JDBCConnectionException", "StaleObjectStateException", "TimeoutException");

    private Failures() {
    }

    static PoisonEventException poison(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PoisonEventException poison) {
                return poison;
            }
        }
        return null;
    }

    /**
     * Lock conflicts, timeouts, a database that is down or busy, and unique keys taken by a concurrent writer: another
     * try is expected to succeed. Anything else is a fault in the code and is retried too, but reported louder.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || TRANSIENT_EXCEPTIONS.contains(cause.getClass().getSimpleName())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && TRANSIENT_STATE_PREFIXES.stream().anyMatch(sql.getSQLState()::startsWith)) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == failure ? message : failure.getClass().getSimpleName() + ": " + message;
    }
}
