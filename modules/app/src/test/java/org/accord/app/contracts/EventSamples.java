package org.accord.app.contracts;

import java.util.UUID;

import org.accord.testing.RecordSamples;

/**
 * A deterministic instance of an event record with every component filled in, so that what a producer writes can be
 * compared with what each consumer reads.
 */
final class EventSamples {

    private static final RecordSamples SAMPLES = new RecordSamples(EventSamples::text, true);

    private EventSamples() {
    }

    static Object of(Class<?> recordClass) {
        return SAMPLES.of(recordClass);
    }

    private static String text(String path, String name) {
        return name.toLowerCase().endsWith("id") || name.endsWith("Ids") || name.endsWith("Comments")
                ? UUID.nameUUIDFromBytes(name.getBytes()).toString()
                : "sample " + name;
    }
}
