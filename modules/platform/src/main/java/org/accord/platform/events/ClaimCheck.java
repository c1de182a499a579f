package org.accord.platform.events;

import java.util.UUID;

/**
 * What an event sent by claim check carries instead of its content: where the content is kept, its SHA-256 (lower-case
 * hex of the UTF-8 bytes) and its size in bytes.
 */
public record ClaimCheck(UUID id, String sha256, int bytes) {

    private static final String URN_PREFIX = "urn:accord:claim-check:";

    /** The CloudEvents {@code dataref} of the content. */
    public String dataref() {
        return dataref(id);
    }

    public static String dataref(UUID id) {
        return URN_PREFIX + id;
    }
}
