package org.accord.deployment;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.platform.module.ModuleName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    private static final Pattern MODULE_NAME = Pattern.compile("new ModuleName\\(\"([a-z0-9_]+)\"\\)");
    private static final Pattern INCOMING_TOPICS = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.topics?");
    private static final Pattern DEAD_LETTER_TOPIC = Pattern.compile("mp\\.messaging\\..*dead-letter-queue\\.topic");

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void kafkaTopics_areExactlyTheTopicsTheApplicationProducesToAndConsumesFrom(Overlay overlay) {
        Set<String> used = new TreeSet<>(producedTo());
        used.addAll(consumedFrom());

        assertThat(new TreeSet<>(overlay.ofKind("KafkaTopic").stream().map(TopicsTest::topicName).toList()))
                .isEqualTo(used);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyTopic_takesTheLargestRecordTheRelaySends(Overlay overlay) {
        int maxRequestSize = Integer.parseInt(
                ApplicationSources.value("mp.messaging.outgoing.accord-outbox.max.request.size"));

        assertThat(overlay.ofKind("KafkaTopic")).isNotEmpty().allSatisfy(topic -> assertThat(
                topic.at("/spec/config/max.message.bytes").asInt()).as(topicName(topic))
                .isGreaterThanOrEqualTo(maxRequestSize));
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyTopic_survivesABrokerDown_andFitsTheBrokers(Overlay overlay) {
        int brokers = overlay.one("KafkaNodePool", "broker").at("/spec/replicas").asInt();

        assertThat(overlay.ofKind("KafkaTopic")).allSatisfy(topic -> {
            int replicas = topic.at("/spec/replicas").asInt();
            int minInsync = topic.at("/spec/config/min.insync.replicas").asInt();
            assertThat(replicas).as(topicName(topic)).isLessThanOrEqualTo(brokers);
            assertThat(minInsync).as(topicName(topic)).isEqualTo(replicas == 1 ? 1 : replicas - 1);
        });
    }

    @Test
    void topicsFile_keepsEveryEventForever_threePartitions_threeReplicas() {
        List<ObjectNode> topics = Overlay.BASE.ofKind("KafkaTopic");

        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.at("/spec/partitions").asInt()).isEqualTo(3);
            assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(2);
            assertThat(topic.at("/spec/config/retention.ms").asLong()).isEqualTo(-1);
        });
    }

    @Test
    void everyModuleBean_hasANameTheTopicsAreFoundBy() {
        long modules = ApplicationSources.javaSources().stream()
                .filter(source -> source.contains("implements AccordModule")).count();

        assertThat(producedTo()).hasSize((int) modules + 1);
    }

    /**
     * The outbox relay sends each module's events to that module's topic (it sets the topic of every record, so the
     * outgoing channel's own topic is never used), and the consumers send what they cannot apply to the dead-letter
     * topic.
     */
    private static Set<String> producedTo() {
        Set<String> topics = new TreeSet<>();
        for (String source : ApplicationSources.javaSources()) {
            Matcher matcher = MODULE_NAME.matcher(source);
            while (matcher.find()) {
                topics.add(new ModuleName(matcher.group(1)).topic());
            }
        }
        ApplicationSources.configuration().stream()
                .filter(property -> DEAD_LETTER_TOPIC.matcher(property.name()).matches())
                .forEach(property -> topics.add(property.value()));
        return topics;
    }

    private static Set<String> consumedFrom() {
        Set<String> topics = new TreeSet<>();
        ApplicationSources.configuration().stream()
                .filter(property -> INCOMING_TOPICS.matcher(property.name()).matches())
                .forEach(property -> Arrays.stream(property.value().split(",")).map(String::strip)
                        .forEach(topics::add));
        return topics;
    }

    private static String topicName(JsonNode topic) {
        return topic.at("/spec/topicName").asString();
    }
}
