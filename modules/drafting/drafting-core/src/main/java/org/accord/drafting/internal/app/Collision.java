package org.accord.drafting.internal.app;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.web.DatabaseCollisions;
import org.hibernate.StaleStateException;

/**
 * A change the database refused because another one got there at the same moment (a row changed since it was read, a
 * duplicate key, a deadlock). Nothing of it was stored; the person sees the current state and may send it again.
 */
public class Collision extends RuleViolation {

    Collision(Throwable cause) {
        super(Kind.CONFLICT, null, Text.of("drafting.collision"));
        initCause(cause);
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleStateException) {
                return true;
            }
        }
        return DatabaseCollisions.causedBy(failure);
    }
}
