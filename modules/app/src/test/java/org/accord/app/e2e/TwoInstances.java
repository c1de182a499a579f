package org.accord.app.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.accord.testing.AccordIntegrationStack;

/**
 * Two instances of the packaged application on one database, one broker and one Keycloak, as behind a load balancer:
 * the shared test stack, each instance in its production profile with the same secrets. Both are ready when
 * {@link #start} returns.
 */
final class TwoInstances implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final Map<String, String> config;
    private final PackagedApp first;
    private final PackagedApp second;

    private TwoInstances(Map<String, String> config, PackagedApp first, PackagedApp second) {
        this.config = config;
        this.first = first;
        this.second = second;
    }

    /** The shared stack's configuration, to add to before {@link #start}. */
    static Map<String, String> stackConfig() {
        return new HashMap<>(new AccordIntegrationStack().start());
    }

    static TwoInstances start(String name, Map<String, String> config) {
        return start(name, config, Map.of());
    }

    /** Starts both with {@code config}, the second also with {@code secondOnly}, and waits until both are ready. */
    static TwoInstances start(String name, Map<String, String> config, Map<String, String> secondOnly) {
        Map<String, String> second = new HashMap<>(config);
        second.putAll(secondOnly);
        PackagedApp a = PackagedApp.start(name + "-a", config);
        PackagedApp b = PackagedApp.start(name + "-b", second);
        try {
            a.awaitReady(READY_WITHIN);
            b.awaitReady(READY_WITHIN);
        } catch (RuntimeException e) {
            a.close();
            b.close();
            throw e;
        }
        return new TwoInstances(Map.copyOf(config), a, b);
    }

    PackagedApp first() {
        return first;
    }

    PackagedApp second() {
        return second;
    }

    Map<String, String> config() {
        return config;
    }

    /** The realm's URL, for tokens. */
    String realm() {
        return config.get("quarkus.oidc.auth-server-url");
    }

    String keycloak() {
        return config.get("quarkus.keycloak.admin-client.server-url");
    }

    String bootstrapServers() {
        return config.get("kafka.bootstrap.servers");
    }

    /** A connection to the database both instances use. */
    Connection database() throws SQLException {
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }

    @Override
    public void close() {
        first.close();
        second.close();
    }
}
