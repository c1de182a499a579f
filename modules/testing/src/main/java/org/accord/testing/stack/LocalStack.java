package org.accord.testing.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.accord.testing.KafkaBroker;
import org.accord.testing.KafkaCluster;
import org.accord.testing.KafkaTopics;
import org.accord.testing.MailServer;
import org.accord.testing.PostgresServer;

/**
 * The PostgreSQL server, Kafka broker and SMTP server of `make up`: real servers whose data lives under the given
 * folder, kept across restarts (the SMTP server keeps what it received in memory, for the demo's mail page). Runs until
 * the process is stopped.
 *
 * <pre>
 * java org.accord.testing.stack.LocalStack &lt;state folder&gt; &lt;postgres port&gt; &lt;kafka port&gt; &lt;smtp port&gt; &lt;mailbox port&gt; [brokers]
 * </pre>
 *
 * With {@code brokers} 3 Kafka is a {@link KafkaCluster} whose first node listens on the Kafka port; the default, 1, is
 * a single {@link KafkaBroker}. The Kafka log of one layout cannot be taken over by the other, so the stack refuses to
 * start with another broker count than its state folder was made with.
 */
public final class LocalStack {

    private static final Set<String> VALID_BROKERS = Set.of("1", String.valueOf(KafkaCluster.SIZE));

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5 || args.length > 6 || args.length == 6 && !VALID_BROKERS.contains(args[5])) {
            System.err.println("usage: LocalStack <state folder> <postgres port> <kafka port> <smtp port>"
                    + " <mailbox port> [brokers: 1 or " + KafkaCluster.SIZE + "]");
            System.exit(2);
        }
        Path state = Path.of(args[0]);
        int postgresPort = Integer.parseInt(args[1]);
        int kafkaPort = Integer.parseInt(args[2]);
        int smtpPort = Integer.parseInt(args[3]);
        int mailboxPort = Integer.parseInt(args[4]);
        int brokers = args.length == 6 ? Integer.parseInt(args[5]) : 1;
        Path kafkaState = state.resolve("kafka");
        int brokersBefore = brokersIn(kafkaState);
        if (brokersBefore != 0 && brokersBefore != brokers) {
            System.err.println(refusal(kafkaState, brokersBefore, brokers));
            System.exit(3);
        }

        PostgresServer postgres = PostgresServer.startPersistent(Files.createDirectories(state.resolve("postgres")),
                postgresPort);
        System.out.println("PostgreSQL ready at " + postgres.jdbcUrl());
        Files.createDirectories(kafkaState);
        AutoCloseable kafka;
        if (brokers == 1) {
            KafkaBroker broker = KafkaBroker.startPersistent(kafkaState, kafkaPort);
            KafkaTopics.create(broker.bootstrapServers());
            System.out.println("Kafka ready at " + broker.bootstrapServers());
            kafka = broker::stop;
        } else {
            KafkaCluster cluster = KafkaCluster.startPersistent(kafkaState, kafkaPort);
            KafkaTopics.create(cluster.bootstrapServers());
            System.out.println("Kafka ready at " + cluster.bootstrapServers() + " (" + brokers + " brokers)");
            kafka = cluster;
        }
        MailServer mail = MailServer.start(smtpPort, mailboxPort);
        System.out.println("SMTP ready at localhost:" + mail.smtpPort() + ", its mailbox at " + mail.mailboxUrl());
        System.out.println("LOCAL STACK READY");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.close();
            try {
                kafka.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            postgres.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /**
     * How many brokers wrote the Kafka log in this folder: 1 (its {@code meta.properties} at the top), a cluster's size
     * (one folder per node), or 0 when there is none yet.
     */
    static int brokersIn(Path kafkaState) {
        if (Files.exists(kafkaState.resolve("meta.properties"))) {
            return 1;
        }
        return Files.isDirectory(kafkaState.resolve("node-1")) ? KafkaCluster.SIZE : 0;
    }

    static String refusal(Path kafkaState, int brokersBefore, int brokers) {
        return "accord: the Kafka data in " + kafkaState + " belongs to " + brokersBefore + " broker"
                + (brokersBefore == 1 ? "" : "s") + ", not " + brokers + ". A broker's log cannot become one node of"
                + " a cluster, nor a cluster's one broker: start with KAFKA_BROKERS=" + brokersBefore
                + ", or delete the local data with 'make reset' and start again.";
    }
}
