package org.accord.transparency.internal.policy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the public log records of one decision, before it is numbered: its type (for example {@code ballot.closed}),
 * when it was taken, the standard it concerns (null when it concerns none), and its public facts as JSON-ready values
 * (strings, integers, booleans, null, lists and maps of them; no floating-point numbers, so that the canonical form is
 * unambiguous).
 */
public record PublicEntry(String type, Instant time, UUID standardId, Map<String, Object> facts) {
}
