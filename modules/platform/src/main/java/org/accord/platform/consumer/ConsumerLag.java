package org.accord.platform.consumer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * How far each consumer group of this application is behind its topic, read from the broker: the records on the topic
 * that the group has not committed yet.
 */
@ApplicationScoped
public class ConsumerLag {

    /** One group's lag. */
    public record GroupLag(String group, String topic, long lag) {
    }

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final Pattern GROUP_ID = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.group\\.id");
    private static final long TIMEOUT_SECONDS = 5;

    private final Config config;
    private final Map<String, String> topicsByGroup;
    private final Map<String, GroupLag> latest = new ConcurrentHashMap<>();
    private Admin admin;

    ConsumerLag(Config config) {
        this.config = config;
        this.topicsByGroup = topicsByGroup(config);
    }

    /** Every Kafka consumer group configured in this application. */
    public Set<String> groupNames() {
        return topicsByGroup.keySet();
    }

    public Collection<GroupLag> groups() {
        return List.copyOf(new TreeMap<>(latest).values());
    }

    @Scheduled(every = "${accord.consumer.lag-interval:10s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        topicsByGroup.forEach((group, topic) -> {
            try {
                latest.put(group, new GroupLag(group, topic, measure(group, topic)));
            } catch (TimeoutException | ExecutionException | RuntimeException e) {
                LOG.debugf("Could not read the lag of consumer group %s: %s", group, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }

    private long measure(String group, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        Admin client = admin();
        Set<TopicPartition> partitions;
        try {
            partitions = client.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .get(topic).partitions().stream().map(info -> new TopicPartition(topic, info.partition()))
                    .collect(Collectors.toSet());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return 0;
            }
            throw e;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        var latestOffsets = client.listOffsets(partitions.stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()))).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        var earliestOffsets = client.listOffsets(partitions.stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.earliest()))).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            long position = done == null ? earliestOffsets.get(partition).offset() : done.offset();
            lag += Math.max(0, latestOffsets.get(partition).offset() - position);
        }
        return lag;
    }

    /** The records of its topic that a group has not processed yet, as last read; 0 before the first reading. */
    public long lagOf(String group) {
        GroupLag lag = latest.get(group);
        return lag == null ? 0 : lag.lag();
    }

    private static Map<String, String> topicsByGroup(Config config) {
        Map<String, String> groups = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = GROUP_ID.matcher(name);
            if (matcher.matches()) {
                String channel = "mp.messaging.incoming." + matcher.group(1);
                config.getOptionalValue(channel + ".topic", String.class).ifPresent(topic -> groups.put(
                        config.getValue(name, String.class), topic));
            }
        }
        return Map.copyOf(groups);
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    config.getValue("kafka.bootstrap.servers", String.class),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                    AdminClientConfig.CLIENT_ID_CONFIG, "accord-consumer-lag"));
        }
        return admin;
    }
}
