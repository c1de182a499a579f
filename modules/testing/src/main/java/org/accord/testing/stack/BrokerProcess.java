package org.accord.testing.stack;

import java.io.IOException;

import org.accord.testing.KafkaBroker;

/**
 * A temporary Kafka broker in a process of its own, so that what it costs can be read apart from whoever uses it (the
 * CPU time the kernel counts for its process). Prints {@code KAFKA READY <bootstrap servers>} once it listens, and
 * stops, deleting its log, when its standard input ends: when the process that started it closes the pipe or ends.
 *
 * <pre>
 * java org.accord.testing.stack.BrokerProcess
 * </pre>
 */
public final class BrokerProcess {

    private BrokerProcess() {
    }

    public static void main(String[] args) throws IOException {
        try (KafkaBroker broker = KafkaBroker.startTemporary()) {
            System.out.println("KAFKA READY " + broker.bootstrapServers());
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until the starting process lets go of it
            }
        }
        System.exit(0);
    }
}
