package org.accord.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceivedEventTest {

    private static final UUID ID = UUID.randomUUID();

    @Test
    void from_readsCloudEventAttributesAndData() {
        var record = cloudEvent("{\"a\":1}");

        ReceivedEvent event = ReceivedEvent.from(record);

        assertThat(event.id()).isEqualTo(ID);
        assertThat(event.type()).isEqualTo("accord.ping.PingSent.v1");
        assertThat(event.source()).isEqualTo("/accord/ping");
        assertThat(event.subject()).isEqualTo("p-1");
        assertThat(event.data()).isEqualTo("{\"a\":1}");
    }

    @Test
    void from_whenNotACloudEvent_isPoison() {
        var record = new ConsumerRecord<String, String>("accord.ping.v1", 0, 7, "k", "{}");

        assertThatThrownBy(() -> ReceivedEvent.from(record)).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("ce_id").hasMessageContaining("accord.ping.v1/0@7");
    }

    @Test
    void from_withMalformedId_isPoison() {
        var record = new ConsumerRecord<String, String>("accord.ping.v1", 0, 0, "k", "{}");
        record.headers().add(CloudEventHeaders.ID, bytes("not-a-uuid"))
                .add(CloudEventHeaders.TYPE, bytes("t")).add(CloudEventHeaders.SOURCE, bytes("s"));

        assertThatThrownBy(() -> ReceivedEvent.from(record)).isInstanceOf(PoisonEventException.class);
    }

    @Test
    void from_withoutData_isPoison() {
        assertThatThrownBy(() -> ReceivedEvent.from(cloudEvent(null))).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("no data");
    }

    private static ConsumerRecord<String, String> cloudEvent(String data) {
        var record = new ConsumerRecord<>("accord.ping.v1", 0, 0, "p-1", data);
        record.headers().add(CloudEventHeaders.ID, bytes(ID.toString()))
                .add(CloudEventHeaders.TYPE, bytes("accord.ping.PingSent.v1"))
                .add(CloudEventHeaders.SOURCE, bytes("/accord/ping"))
                .add(CloudEventHeaders.SUBJECT, bytes("p-1"));
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
