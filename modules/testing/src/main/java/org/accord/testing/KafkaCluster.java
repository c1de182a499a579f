package org.accord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.utils.Utils;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real Kafka cluster (KRaft) of several nodes in this JVM, replicated as production runs it: every partition on three
 * nodes, a write acknowledged once two hold it ({@code min.insync.replicas=2}), no unclean leader election. Each node
 * is broker and controller at once (combined mode), so a cluster of three keeps its controller quorum with one node
 * down. Node {@code i} (from 1) listens on {@code firstPort + 2(i - 1)} and its controller on the port after; a
 * persistent cluster keeps node {@code i}'s log in {@code node-i} of its folder. A node can be stopped and started
 * again with its data, as when a broker goes down and comes back.
 */
public final class KafkaCluster implements AutoCloseable {

    /** The replication every topic gets, and the controller quorum's size. */
    public static final int SIZE = 3;

    private final Path directory;
    private final boolean temporary;
    private final List<Integer> ports;
    private final List<EmbeddedKafkaBroker> nodes = new ArrayList<>();

    private KafkaCluster(Path directory, List<Integer> ports, List<Integer> controllerPorts, boolean temporary) {
        this.directory = directory;
        this.ports = List.copyOf(ports);
        this.temporary = temporary;
        String clusterId = KafkaBroker.clusterId(nodeDirectory(1));
        String voters = IntStream.range(0, SIZE).mapToObj(i -> (i + 1) + "@localhost:" + controllerPorts.get(i))
                .collect(Collectors.joining(","));
        for (int i = 0; i < SIZE; i++) {
            Path logDirectory = nodeDirectory(i + 1);
            nodes.add(new EmbeddedKafkaBroker()
                    .withNodeId(i + 1)
                    .withClusterId(clusterId)
                    .withKafkaHost("localhost")
                    .withKafkaPort(ports.get(i))
                    .withControllerPort(controllerPorts.get(i))
                    .withDeleteLogDirsOnClose(false)
                    .withAdditionalProperties(properties -> replicated(properties, voters, logDirectory)));
        }
    }

    private static void replicated(Properties properties, String voters, Path logDirectory) {
        KafkaBroker.commonSettings(properties, logDirectory);
        properties.put("controller.quorum.voters", voters);
        properties.put("default.replication.factor", String.valueOf(SIZE));
        properties.put("min.insync.replicas", "2");
        properties.put("offsets.topic.replication.factor", String.valueOf(SIZE));
        properties.put("transaction.state.log.replication.factor", String.valueOf(SIZE));
        properties.put("transaction.state.log.min.isr", "2");
        properties.put("share.coordinator.state.topic.replication.factor", String.valueOf(SIZE));
        properties.put("share.coordinator.state.topic.min.isr", "2");
        properties.put("unclean.leader.election.enable", "false");
        // The embedded broker never writes its high watermarks (a single node needs none); a restarted replica should
        // resume from them as a production one does.
        properties.put("replica.high.watermark.checkpoint.interval.ms", "5000");
    }

    /** A cluster on free ports whose logs are deleted when it is closed. */
    public static KafkaCluster startTemporary() {
        TestJvmBrokers.failTheBrokerNotTheJvm();
        List<Integer> ports = IntStream.range(0, SIZE).mapToObj(i -> FreePorts.next()).toList();
        List<Integer> controllerPorts = IntStream.range(0, SIZE).mapToObj(i -> FreePorts.next()).toList();
        try {
            return new KafkaCluster(Files.createTempDirectory("accord-kafka-cluster"), ports, controllerPorts, true)
                    .startAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cluster that keeps its logs in {@code directory}, node 1 on {@code firstPort} (see the class comment). */
    public static KafkaCluster startPersistent(Path directory, int firstPort) {
        List<Integer> ports = IntStream.range(0, SIZE).mapToObj(i -> firstPort + 2 * i).toList();
        List<Integer> controllerPorts = ports.stream().map(port -> port + 1).toList();
        return new KafkaCluster(directory, ports, controllerPorts, false).startAll();
    }

    /**
     * Every port a cluster of {@link #SIZE} nodes starting at {@code firstPort} listens on, brokers and controllers.
     */
    public static List<Integer> ports(int firstPort) {
        return IntStream.range(0, 2 * SIZE).mapToObj(i -> firstPort + i).toList();
    }

    // A node of a fresh cluster waits in its start for a quorum of controllers, so the nodes start together.
    private KafkaCluster startAll() {
        List<CompletableFuture<Void>> starts = IntStream.rangeClosed(1, SIZE)
                .mapToObj(node -> CompletableFuture.runAsync(() -> start(node))).toList();
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the Kafka cluster started", e);
        } catch (ExecutionException e) {
            close();
            throw new IllegalStateException("The Kafka cluster did not start", e.getCause());
        }
        return this;
    }

    /** Starts node {@code node} (1 to {@link #SIZE}) again with its log, after {@link #stop(int)}. */
    public void start(int node) {
        EmbeddedKafkaBroker broker = nodes.get(node - 1);
        synchronized (broker) {
            if (!broker.isRunning()) {
                broker.start();
            }
        }
    }

    /**
     * Stops node {@code node} abruptly, as the cluster sees a crash: without a controlled shutdown (the embedded broker
     * turns it off), so its leaderships move only once its session with the controllers expires
     * ({@code broker.session.timeout.ms}, 9 s). Clients still connected see their connections closed.
     */
    public void stop(int node) {
        EmbeddedKafkaBroker broker = nodes.get(node - 1);
        synchronized (broker) {
            if (broker.isRunning()) {
                broker.close();
            }
        }
    }

    public boolean isRunning(int node) {
        return nodes.get(node - 1).isRunning();
    }

    /** Every node's address, as a client's {@code bootstrap.servers}; any one running node is enough to connect. */
    public String bootstrapServers() {
        return ports.stream().map(port -> "localhost:" + port).collect(Collectors.joining(","));
    }

    /** The node (1 to {@link #SIZE}) that leads the partition now, or 0 when none does. */
    public int leaderOf(String topic, int partition) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(properties)) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            Node leader = description.partitions().get(partition).leader();
            return leader == null || leader.isEmpty() ? 0 : leader.id();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not describe " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while describing " + topic, e);
        }
    }

    private Path nodeDirectory(int node) {
        return directory.resolve("node-" + node);
    }

    @Override
    public void close() {
        // Together: a node stopped last, alone, would wait for a controller quorum that is gone.
        CompletableFuture.allOf(IntStream.rangeClosed(1, SIZE)
                .mapToObj(node -> CompletableFuture.runAsync(() -> stop(node))).toArray(CompletableFuture[]::new))
                .join();
        if (temporary) {
            try {
                Utils.delete(directory.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
