package org.accord.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real PostgreSQL, Kafka and an SMTP server for the module tests, started once per test JVM and shared by every test
 * class. Quarkus loads this class again for every application it starts (a test profile restarts the application), so
 * the running servers are found again through system properties rather than static fields.
 */
public class AccordTestStack implements QuarkusTestResourceLifecycleManager {

    private static final String JDBC_URL = "accord.test.stack.jdbc-url";
    private static final String BOOTSTRAP_SERVERS = "accord.test.stack.kafka";
    private static final String LOG_SIGNING_KEY = "accord.test.stack.log-signing-key";
    private static final String SMTP_PORT = "accord.test.stack.smtp-port";
    private static final String MAILBOX = "accord.test.stack.mailbox";

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static MailServer mail;

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null && System.getProperty(JDBC_URL) == null) {
            postgres = PostgresServer.startTemporary();
            kafka = KafkaBroker.startTemporary();
            KafkaTopics.create(kafka.bootstrapServers());
            mail = MailServer.startOnFreePorts();
            Runtime.getRuntime().addShutdownHook(new Thread(AccordTestStack::stopAll));
            System.setProperty(JDBC_URL, postgres.jdbcUrl());
            System.setProperty(BOOTSTRAP_SERVERS, kafka.bootstrapServers());
            System.setProperty(LOG_SIGNING_KEY, LogSigningKey.generate());
            System.setProperty(SMTP_PORT, String.valueOf(mail.smtpPort()));
            System.setProperty(MAILBOX, mail.mailboxUrl());
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", System.getProperty(JDBC_URL));
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "");
        config.put("kafka.bootstrap.servers", System.getProperty(BOOTSTRAP_SERVERS));
        // Tests only: the key that seals secret ballots' keys.
        config.put("accord.voting.ballot-box-key", "V+bHbiStVTbb5G0VvFoIa7zpySN7tl3xAz6f3wcmHvQ=");
        // One key for the whole run, so that every head in the shared database verifies with it.
        config.put("accord.transparency.signing-key", System.getProperty(LOG_SIGNING_KEY));
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", System.getProperty(SMTP_PORT));
        config.put("accord.notifications.demo-mailbox", System.getProperty(MAILBOX));
        return config;
    }

    /** The JSON listing of the messages the shared SMTP server received (see {@link Mailbox}). */
    public static String mailboxUrl() {
        return System.getProperty(MAILBOX);
    }

    /** The shared PostgreSQL server's URL, for a test that must reach it around the application's own connections. */
    public static String jdbcUrl() {
        return System.getProperty(JDBC_URL);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(kafka,
                new TestInjector.AnnotatedAndMatchesType(InjectStack.class, KafkaBroker.class));
        injector.injectIntoFields(postgres,
                new TestInjector.AnnotatedAndMatchesType(InjectStack.class, PostgresServer.class));
    }

    @Override
    public void stop() {
        // Shared by every test class of the run; stopped when the JVM ends.
    }

    private static synchronized void stopAll() {
        mail.close();
        kafka.close();
        postgres.close();
    }
}
