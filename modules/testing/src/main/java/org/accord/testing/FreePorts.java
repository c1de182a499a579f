package org.accord.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Ports for the servers a test starts. A port is free when picked and lies below the kernel's ephemeral range: a port
 * the kernel hands out (as {@code new ServerSocket(0)} does) can be taken as the local end of any outgoing connection
 * in the seconds before the server binds it, and a starting Kafka node makes many such connections to its peers.
 */
public final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final int EPHEMERAL_DEFAULT = 32_768;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** A port nothing listens on now, never handed out before by this JVM. */
    public static int next() {
        return consecutive(1);
    }

    /**
     * The first of {@code count} consecutive ports, each free now and never handed out before by this JVM: for a server
     * that listens next to its first port (a Kafka node's controller, a cluster's brokers).
     */
    public static synchronized int consecutive(int count) {
        int ceiling = firstEphemeralPort() - count;
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(LOWEST, ceiling);
            if (IntStream.range(first, first + count).allMatch(port -> !HANDED_OUT.contains(port) && bindable(port))) {
                IntStream.range(first, first + count).forEach(HANDED_OUT::add);
                return first;
            }
        }
        throw new IllegalStateException("No " + count + " free ports in a row between " + LOWEST + " and " + ceiling);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int firstEphemeralPort() {
        try {
            int first = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
            return first > LOWEST + 1_000 ? first : EPHEMERAL_DEFAULT;
        } catch (IOException | RuntimeException e) {
            return EPHEMERAL_DEFAULT;
        }
    }
}
