package org.accord.transparency.internal.log;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.accord.transparency.internal.policy.PublicEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An entry as the log stores and hashes it: the canonical JSON of its public facts ({@code data}), its number
 * ({@code seq}), the event it came from ({@code sourceEventId}), the standard it concerns ({@code standardId}, left out
 * when none), when the decision was taken ({@code time}, UTC to the second) and its {@code type}.
 */
public record EntryText(long seq, Instant time, byte[] bytes) {

    /** Plain Jackson, so that the facts' JSON does not depend on how the application configures its own. */
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @throws IllegalArgumentException
     *             when the entry has no type or time, or facts that are not plain JSON
     */
    public static EntryText of(long seq, UUID sourceEventId, PublicEntry entry) {
        if (entry.type() == null || entry.type().isBlank() || entry.time() == null || sourceEventId == null) {
            throw new IllegalArgumentException("A log entry needs a type, a time and a source event: " + entry);
        }
        Instant time = entry.time().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode object = JSON.createObjectNode();
        object.set("data", facts(entry.facts()));
        object.put("seq", seq);
        object.put("sourceEventId", sourceEventId.toString());
        if (entry.standardId() != null) {
            object.put("standardId", entry.standardId().toString());
        }
        object.put("time", time.toString());
        object.put("type", entry.type());
        return new EntryText(seq, time, CanonicalJson.bytes(object));
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public byte[] leafHash() {
        return TreeHashes.leaf(bytes);
    }

    private static JsonNode facts(Map<String, Object> facts) {
        if (facts == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.valueToTree(facts);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("An entry's facts must be plain JSON values: " + e.getMessage(), e);
        }
    }
}
