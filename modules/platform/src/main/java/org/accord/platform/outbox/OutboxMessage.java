package org.accord.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import org.accord.platform.tracing.TraceContext;

/**
 * One row of a module's outbox. {@code sequence} orders the rows; it is 0 before the row is stored. {@code claimCheck}
 * names the kept content when the payload is a {@link org.accord.platform.events.ClaimCheck}, and is null otherwise.
 * {@code trace} is the trace the event was written in, null when it was written outside any trace.
 */
public record OutboxMessage(long sequence, UUID eventId, String eventType, String subject, int schemaVersion,
        String payload, Instant occurredAt, UUID claimCheck, TraceContext trace) {
}
