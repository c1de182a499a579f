package org.accord.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/** One row of a module's outbox. {@code sequence} orders the rows; it is 0 before the row is stored. */
public record OutboxMessage(long sequence, UUID eventId, String eventType, String subject, int schemaVersion,
        String payload, Instant occurredAt) {
}
