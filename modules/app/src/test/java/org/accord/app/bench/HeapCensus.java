package org.accord.app.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The heap of this JVM after a full collection: all that is used, and how much of it is objects of the HTTP server's
 * and the application's classes (Vert.x, Netty, Quarkus, Mutiny, Accord) and of the JDK HTTP client's (with the
 * benchmark's own), from a class histogram. Arrays, strings and collections belong to no one in a histogram, so the two
 * shares are lower bounds of what each side holds.
 */
record HeapCensus(long used, long server, long client) {

    private static final List<String> CLIENT = List.of("jdk.internal.net.http.", "java.net.http.",
            "org.accord.app.bench.");
    private static final List<String> SERVER = List.of("io.vertx.", "io.netty.", "org.jboss.resteasy.reactive.",
            "io.quarkus.", "io.smallrye.mutiny.", "org.accord.");
    /** A histogram's row: rank, instances, bytes, class name. */
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");

    static HeapCensus take() {
        // Two collections: the first may leave objects whose finalisation or reference processing frees more.
        System.gc();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long server = 0;
        long client = 0;
        for (String line : histogram().split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                String type = row.group(2);
                long bytes = Long.parseLong(row.group(1));
                if (CLIENT.stream().anyMatch(type::startsWith)) {
                    client += bytes;
                } else if (SERVER.stream().anyMatch(type::startsWith)) {
                    server += bytes;
                }
            }
        }
        return new HeapCensus(used, server, client);
    }

    /** What grew from {@code before} to this census, per {@code connections}, in bytes. */
    HeapCensus grownSince(HeapCensus before, int connections) {
        return new HeapCensus((used - before.used) / connections, (server - before.server) / connections,
                (client - before.client) / connections);
    }

    /** The live objects by class, after a full collection ({@code jcmd GC.class_histogram}). */
    private static String histogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[]{new String[0]}, new String[]{String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("No class histogram of this JVM", e);
        }
    }
}
