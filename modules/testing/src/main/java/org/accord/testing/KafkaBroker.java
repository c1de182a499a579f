package org.accord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.utils.Utils;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real single-node Kafka broker (KRaft) in this JVM, on fixed ports and a fixed log directory, so it can be stopped
 * and started again with its data, as when a broker goes down and comes back.
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
                .withKafkaHost("localhost")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(properties -> {
                    properties.put("log.dirs", logDirectory.toString());
                    properties.put("auto.create.topics.enable", "true");
                    properties.put("num.partitions", "3");
                    properties.put("message.max.bytes", "8388608");
                });
    }

    public static KafkaBroker startTemporary() {
        try {
            return new KafkaBroker(Files.createTempDirectory("accord-kafka"), freePort(), freePort(), true).start();
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

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
