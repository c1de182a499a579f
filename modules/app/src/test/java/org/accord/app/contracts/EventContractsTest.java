package org.accord.app.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.accord.drafting.api.events.DraftingEvent;
import org.accord.membership.api.events.MembershipEvent;
import org.accord.notifications.api.events.NotificationsEvent;
import org.accord.platform.consumer.EventHandlers;
import org.accord.platform.consumer.EventSubscriber;
import org.accord.platform.events.EventTypes;
import org.accord.publishing.api.events.PublishingEvent;
import org.accord.review.api.events.ReviewEvent;
import org.accord.stakeholders.api.events.StakeholdersEvent;
import org.accord.testing.AccordTestStack;
import org.accord.voting.api.events.VotingEvent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every event type: what its producer writes today still carries every field of the recorded contract
 * ({@code contracts/<type>.json}, the payload as first published), old payloads stay readable, and every consumer's own
 * view of the event reads what the producer writes, field by field.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class EventContractsTest {

    private static final List<Class<?>> EVENT_FAMILIES = List.of(MembershipEvent.class, StakeholdersEvent.class,
            DraftingEvent.class, VotingEvent.class, ReviewEvent.class, PublishingEvent.class,
            NotificationsEvent.class);

    /** The backbone test's own producer and consumer, which have no contract to keep. */
    private static final String STAND_INS = "org.accord.app.backbone";

    @Inject
    ObjectMapper mapper;
    @Inject
    @Any
    Instance<EventSubscriber> subscribers;

    @TestFactory
    Stream<DynamicTest> everyEventType_keepsItsRecordedContract() {
        return producers().entrySet().stream().map(producer -> DynamicTest.dynamicTest(producer.getKey(),
                () -> {
                    JsonNode written = mapper.valueToTree(EventSamples.of(producer.getValue()));
                    JsonNode recorded = recorded(producer.getKey(), written);
                    assertThat(missingFrom(written, recorded, ""))
                            .as("fields of the recorded %s that the producer no longer writes (raise the version"
                                    + " instead)", producer.getKey())
                            .isEmpty();
                    mapper.treeToValue(recorded, producer.getValue());
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyConsumer_readsWhatItsProducerWrites() {
        Map<String, Class<?>> producers = producers();
        List<DynamicTest> tests = new ArrayList<>();
        for (EventSubscriber subscriber : subscribers) {
            if (subscriber.getClass().getPackageName().startsWith(STAND_INS)) {
                continue;
            }
            EventHandlers handlers = subscriber.handlers();
            handlers.types().forEach((type, view) -> tests.add(DynamicTest.dynamicTest(
                    handlers.consumer() + " reads " + type, () -> {
                        assertThat(producers).as("a producer of %s", type).containsKey(type);
                        JsonNode written = mapper.valueToTree(EventSamples.of(producers.get(type)));
                        JsonNode read = mapper.valueToTree(mapper.treeToValue(written, view));
                        assertThat(missingFrom(written, read, ""))
                                .as("fields %s reads that %s does not write", view.getName(), type).isEmpty();
                        assertThat(differences(written, read, "")).isEmpty();
                        mapper.treeToValue(recorded(type, written), view);
                    })));
        }
        return tests.stream();
    }

    @Test
    void everyEventClass_declaresATypeOfItsOwnModule() {
        producers().forEach((type, eventClass) -> assertThat(eventClass.getPackageName())
                .startsWith("org.accord." + EventTypes.module(type) + ".api.events"));
    }

    private static Map<String, Class<?>> producers() {
        Map<String, Class<?>> producers = new LinkedHashMap<>();
        for (Class<?> family : EVENT_FAMILIES) {
            for (Class<?> eventClass : family.getPermittedSubclasses()) {
                producers.put(EventTypes.of(eventClass), eventClass);
            }
        }
        return producers;
    }

    private JsonNode recorded(String type, JsonNode current) throws IOException {
        String file = "/contracts/" + type + ".json";
        try (InputStream in = EventContractsTest.class.getResourceAsStream(file)) {
            assertThat(in).as("the recorded contract %s; for a new event type record its payload there:%n%s", file,
                    current.toPrettyString()).isNotNull();
            return mapper.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The paths of {@code expected}'s fields that {@code actual} lacks or holds with another JSON type. */
    private static List<String> missingFrom(JsonNode actual, JsonNode expected, String path) {
        List<String> missing = new ArrayList<>();
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode counterpart = actual.get(field.getKey());
                String at = path + "/" + field.getKey();
                if (counterpart == null || counterpart.isNull() != field.getValue().isNull()
                        || counterpart.getNodeType() != field.getValue().getNodeType() && !field.getValue().isNull()) {
                    missing.add(at);
                } else {
                    missing.addAll(missingFrom(counterpart, field.getValue(), at));
                }
            }
        } else if (expected.isArray() && !expected.isEmpty() && !actual.isEmpty()) {
            missing.addAll(missingFrom(actual.get(0), expected.get(0), path + "/0"));
        }
        return missing;
    }

    /** Values the consumer's view read differently from what the producer wrote. */
    private static List<String> differences(JsonNode written, JsonNode read, String path) {
        List<String> differences = new ArrayList<>();
        if (read.isObject()) {
            read.fields().forEachRemaining(field -> differences.addAll(
                    differences(written.path(field.getKey()), field.getValue(), path + "/" + field.getKey())));
        } else if (read.isArray()) {
            for (int i = 0; i < read.size(); i++) {
                differences.addAll(differences(written.path(i), read.get(i), path + "/" + i));
            }
        } else if (!read.equals(written) && !(read.isNumber() && written.isNumber()
                && read.decimalValue().compareTo(written.decimalValue()) == 0)) {
            differences.add(path + ": wrote " + written + ", read " + read);
        }
        return differences;
    }
}
