package org.accord.testing;

import org.apache.kafka.common.utils.Exit;

/**
 * A temporary broker runs inside the test's JVM, and Kafka halts its process on a fatal fault (a failed start, a lost
 * log directory). Here that would end the whole test run without a report; a fault now fails the broker's thread with
 * the broker's message instead, and the test that needed the broker fails on it.
 */
final class TestJvmBrokers {

    private TestJvmBrokers() {
    }

    static void failTheBrokerNotTheJvm() {
        Exit.Procedure refuse = (status, message) -> {
            throw new IllegalStateException("A broker in this JVM asked to end it (" + status + "): " + message);
        };
        Exit.setHaltProcedure(refuse);
        Exit.setExitProcedure(refuse);
    }
}
