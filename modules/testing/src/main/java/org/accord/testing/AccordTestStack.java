package org.accord.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real PostgreSQL and Kafka for the module tests, started once per test JVM and shared by every test class.
 */
public class AccordTestStack implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            postgres = PostgresServer.startTemporary();
            kafka = KafkaBroker.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(AccordTestStack::stopAll));
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", "");
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return config;
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
        kafka.close();
        postgres.close();
    }
}
