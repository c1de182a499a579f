package org.accord.notifications.internal.app;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.accord.notifications.internal.domain.NoticeKind;

/**
 * A notice to send: its kind, the event it comes from (which makes it once per member), what it is about, its
 * parameters (codes and names, never sentences) and who caused it, who never receives it.
 */
public record Notice(NoticeKind kind, UUID eventId, UUID subjectId, Map<String, String> params, String actor,
        Instant at) {

    public Notice {
        params = Map.copyOf(params);
    }

    /** Parameters from alternating names and values; a null value is left out. */
    public static Map<String, String> params(Object... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                params.put(namesAndValues[i].toString(), namesAndValues[i + 1].toString());
            }
        }
        return params;
    }
}
