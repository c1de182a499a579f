package org.accord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Utils;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real single-node Kafka broker (KRaft) in this JVM, on fixed ports and a fixed log directory, so it can be stopped
 * and started again with its data, as when a broker goes down and comes back, also by a later process.
 */
public final class KafkaBroker implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;
    private final Path logDirectory;
    private final boolean temporary;
    private final int port;

    private KafkaBroker(Path logDirectory, int port, int controllerPort, boolean temporary) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.temporary = temporary;
        this.broker = new EmbeddedKafkaBroker()
                .withClusterId(clusterId(logDirectory))
                .withKafkaHost("localhost")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(properties -> commonSettings(properties, logDirectory));
    }

    /** What every local broker has, alone or in a {@link KafkaCluster}. */
    static void commonSettings(Properties properties, Path logDirectory) {
        // log.dir rather than log.dirs: without log.dir the broker adds a temporary folder on every start.
        properties.put("log.dir", logDirectory.toString());
        properties.put("auto.create.topics.enable", "true");
        properties.put("num.partitions", "3");
        // Kafka's default (1 MiB and a batch header), as a production broker has it: the relay's records stay below it
        // because large event content travels by claim check.
        properties.put("message.max.bytes", "1048588");
    }

    /** A log directory keeps the cluster id it was first formatted with and refuses a broker with any other. */
    static String clusterId(Path logDirectory) {
        Path metaProperties = logDirectory.resolve("meta.properties");
        if (!Files.exists(metaProperties)) {
            return Uuid.randomUuid().toString();
        }
        try {
            return Utils.loadProps(metaProperties.toString()).getProperty("cluster.id");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker for a test, on free ports, whose log is deleted when it is closed. */
    public static KafkaBroker startTemporary() {
        TestJvmBrokers.failTheBrokerNotTheJvm();
        try {
            return new KafkaBroker(Files.createTempDirectory("accord-kafka"), FreePorts.next(), FreePorts.next(), true)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker that keeps its log in {@code logDirectory}; its controller listens on {@code port + 1}. */
    public static KafkaBroker startPersistent(Path logDirectory, int port) {
        return new KafkaBroker(logDirectory, port, port + 1, false).start();
    }

    public synchronized KafkaBroker start() {
        broker.start();
        return this;
    }

    public synchronized void stop() {
        broker.close();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public synchronized void close() {
        stop();
        if (temporary) {
            try {
                Utils.delete(logDirectory.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
