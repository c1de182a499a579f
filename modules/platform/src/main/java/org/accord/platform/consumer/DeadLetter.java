package org.accord.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * A record a module could not apply because it cannot be decoded or was declared poison, kept with the reason until an
 * administrator replays it. {@code eventId} and {@code eventType} are null when the record is not a CloudEvent.
 */
public record DeadLetter(UUID id, String consumer, String channel, String topic, int partition, long offset,
        String key, Map<String, String> headers, String payload, UUID eventId, String eventType, String reason,
        Instant failedAt, Instant replayedAt, String replayedBy, String outcome) {

    /** The record as it came from Kafka, to be delivered again. */
    public ConsumerRecord<String, String> record() {
        var recordHeaders = new RecordHeaders();
        headers.forEach((name, value) -> recordHeaders.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(topic, partition, offset, failedAt.toEpochMilli(), TimestampType.NO_TIMESTAMP_TYPE,
                -1, -1, key, payload, recordHeaders, Optional.empty());
    }
}
