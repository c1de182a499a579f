package org.accord.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of a module's outbox. {@code sequence} orders the rows; it is 0 before the row is stored. {@code claimCheck}
 * names the kept content when the payload is a {@link org.accord.platform.events.ClaimCheck}, and is null otherwise.
 */
public record OutboxMessage(long sequence, UUID eventId, String eventType, String subject, int schemaVersion,
        String payload, Instant occurredAt, UUID claimCheck) {
}
