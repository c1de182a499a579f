package org.accord.testing.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.accord.testing.KafkaBroker;
import org.accord.testing.KafkaTopics;
import org.accord.testing.MailServer;
import org.accord.testing.PostgresServer;

/**
 * The PostgreSQL server, Kafka broker and SMTP server of `make up`: real servers whose data lives under the given
 * folder, kept across restarts (the SMTP server keeps what it received in memory, for the demo's mail page). Runs until
 * the process is stopped.
 *
 * <pre>
 * java org.accord.testing.stack.LocalStack &lt;state folder&gt; &lt;postgres port&gt; &lt;kafka port&gt; &lt;smtp port&gt; &lt;mailbox port&gt;
 * </pre>
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println(
                    "usage: LocalStack <state folder> <postgres port> <kafka port> <smtp port> <mailbox port>");
            System.exit(2);
        }
        Path state = Path.of(args[0]);
        int postgresPort = Integer.parseInt(args[1]);
        int kafkaPort = Integer.parseInt(args[2]);
        int smtpPort = Integer.parseInt(args[3]);
        int mailboxPort = Integer.parseInt(args[4]);

        PostgresServer postgres = PostgresServer.startPersistent(Files.createDirectories(state.resolve("postgres")),
                postgresPort);
        System.out.println("PostgreSQL ready at " + postgres.jdbcUrl());
        KafkaBroker kafka = KafkaBroker.startPersistent(Files.createDirectories(state.resolve("kafka")), kafkaPort);
        KafkaTopics.create(kafka.bootstrapServers());
        System.out.println("Kafka ready at " + kafka.bootstrapServers());
        MailServer mail = MailServer.start(smtpPort, mailboxPort);
        System.out.println("SMTP ready at localhost:" + mail.smtpPort() + ", its mailbox at " + mail.mailboxUrl());
        System.out.println("LOCAL STACK READY");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.close();
            kafka.stop();
            postgres.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
