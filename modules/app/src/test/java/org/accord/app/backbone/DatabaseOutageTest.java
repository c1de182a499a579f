package org.accord.app.backbone;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.accord.testing.AccordStackBehindProxy;
import org.accord.testing.AccordTestStack;
import org.accord.testing.InjectStack;
import org.accord.testing.TcpProxy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL is unreachable for the application for 20 seconds while events keep arriving: once it is back, every event
 * has taken effect exactly once and none became a dead letter.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.BehindProxy.class)
class DatabaseOutageTest {

    /** Its own application, whose database connections go through a proxy the test can cut. */
    public static class BehindProxy implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(AccordStackBehindProxy.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @InjectStack
    TcpProxy proxy;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void databaseUnreachableWhileEventsArrive_everyEffectIsAppliedOnceItIsBack() throws Exception {
        KafkaTopics topics = new KafkaTopics(bootstrapServers);
        String prefix = "outage-" + UUID.randomUUID() + "-";
        List<String> pingIds = new ArrayList<>();

        proxy.cut();
        Instant back = Instant.now().plus(OUTAGE);
        try {
            for (int i = 0; Instant.now().isBefore(back); i++) {
                String pingId = prefix + i;
                pingIds.add(pingId);
                topics.send(EventBackboneTest.pingRecord(pingId, UUID.randomUUID(),
                        "sent while the database is unreachable",
                        pingId));
                Thread.sleep(1000);
            }
            assertThat(heard(prefix)).isZero();
        } finally {
            proxy.reconnect();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> heard(prefix) >= pingIds.size());
        assertThat(heard(prefix)).isEqualTo(pingIds.size());
        assertThat(distinctHeard(prefix)).isEqualTo(pingIds.size());
        assertThat(
                count("select count(*) from platform.dead_letter where position(convert_to(?, 'UTF8') in payload) > 0",
                        prefix))
                .isZero();
    }

    private long heard(String prefix) throws SQLException {
        return count("select count(*) from pong.ping_heard where ping_id like ?", prefix + "%");
    }

    private long distinctHeard(String prefix) throws SQLException {
        return count("select count(distinct ping_id) from pong.ping_heard where ping_id like ?", prefix + "%");
    }

    /** Straight to PostgreSQL, around the proxy the application is cut off by. */
    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(AccordTestStack.jdbcUrl());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
