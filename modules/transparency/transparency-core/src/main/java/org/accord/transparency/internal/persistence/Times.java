package org.accord.transparency.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;

/** Native queries hand timestamps over as {@link Timestamp} or {@link Instant}, depending on the query. */
final class Times {

    private Times() {
    }

    static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
