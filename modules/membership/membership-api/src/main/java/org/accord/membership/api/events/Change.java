package org.accord.membership.api.events;

import java.time.Instant;

/** Who made a change, when, and why: carried by every membership event. */
public record Change(String by, Instant at, String reason) {
}
