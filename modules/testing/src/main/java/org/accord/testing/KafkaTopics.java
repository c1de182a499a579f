package org.accord.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Creates Accord's topics on a local or test broker with the settings of deploy/k8s/base/kafka/topics.yaml, the one
 * place they are written down (the build copies the file into this jar). Replication is capped at the brokers there
 * are, and min.insync.replicas at the replication, so that one broker takes writes as three do. Topics that exist
 * already are left as they are.
 */
public final class KafkaTopics {

    private static final String FILE = "topics.yaml";
    private static final long TIMEOUT_SECONDS = 30;

    private KafkaTopics() {
    }

    public static void create(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            int brokers = admin.describeCluster().nodes().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).size();
            for (NewTopic topic : declared(brokers)) {
                try {
                    admin.createTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + topic.name(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer", e);
        }
    }

    /** The topics of the file, for a cluster of {@code brokers} brokers. */
    static List<NewTopic> declared(int brokers) {
        List<NewTopic> topics = new ArrayList<>();
        for (JsonNode resource : resources()) {
            if (!"KafkaTopic".equals(resource.path("kind").asText())) {
                continue;
            }
            JsonNode spec = resource.path("spec");
            short replicas = (short) Math.min(spec.path("replicas").asInt(), brokers);
            Map<String, String> config = new TreeMap<>();
            spec.path("config").fields()
                    .forEachRemaining(entry -> config.put(entry.getKey(), entry.getValue().asText()));
            config.computeIfPresent("min.insync.replicas",
                    (name, value) -> String.valueOf(Math.min(Integer.parseInt(value), replicas)));
            topics.add(new NewTopic(spec.path("topicName").asText(), spec.path("partitions").asInt(), replicas)
                    .configs(config));
        }
        return topics;
    }

    private static List<JsonNode> resources() {
        InputStream file = KafkaTopics.class.getResourceAsStream(FILE);
        if (file == null) {
            throw new IllegalStateException("No " + FILE + " beside " + KafkaTopics.class.getName());
        }
        try (file; MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class).readValues(file)) {
            List<JsonNode> resources = new ArrayList<>();
            documents.forEachRemaining(document -> {
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    resources.add(document);
                }
            });
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
