package org.accord.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * An event as a consumer receives it from Kafka: the CloudEvent attributes and the JSON data, not yet bound to a type.
 * A record that is not a valid CloudEvent is refused with {@link PoisonEventException}, which sends it to the
 * dead-letter topic. An event with a {@code dataref} was sent by claim check: its data is a {@link ClaimCheck}.
 */
public record ReceivedEvent(UUID id, String type, String source, String subject, String data, String dataref) {

    public static ReceivedEvent from(ConsumerRecord<String, String> record) {
        String id = requiredHeader(record, CloudEventHeaders.ID);
        String type = requiredHeader(record, CloudEventHeaders.TYPE);
        String source = requiredHeader(record, CloudEventHeaders.SOURCE);
        String subject = header(record, CloudEventHeaders.SUBJECT);
        String dataref = header(record, CloudEventHeaders.DATAREF);
        if (record.value() == null || record.value().isBlank()) {
            throw new PoisonEventException("Event " + id + " has no data");
        }
        try {
            return new ReceivedEvent(UUID.fromString(id), type, source, subject, record.value(), dataref);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("Event " + id + " has a malformed id", e);
        }
    }

    private static String requiredHeader(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("Record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent: header " + name + " is missing");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
