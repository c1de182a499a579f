package org.accord.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.inject.Instance;

import org.accord.app.backbone.ping.Pinging;
import org.accord.platform.module.AccordModule;
import org.accord.platform.outbox.OutboxStore;

import static org.awaitility.Awaitility.await;

/**
 * Events from a commit in one module to their effect in another: ping's writers commit one event per transaction, the
 * relay sends it through Kafka, pong's consumer commits its effect. The stages are read back from the rows' own times.
 */
final class OutboxToConsumer {

    static final int WRITERS = 4;

    /**
     * Each stage as throughput from the first commit to the last arrival there, and the latency of each event from its
     * commit: committed, relayed and acknowledged by Kafka, consumed; and the consumer's rate once the writers stopped.
     */
    record Stages(Sample committed, Sample acknowledged, Sample consumed, double drained) {
    }

    private final Pinging pinging;
    private final DataSource dataSource;
    private final Instance<AccordModule> modules;
    private final OutboxStore outboxes;

    OutboxToConsumer(Pinging pinging, DataSource dataSource, Instance<AccordModule> modules, OutboxStore outboxes) {
        this.pinging = pinging;
        this.dataSource = dataSource;
        this.modules = modules;
        this.outboxes = outboxes;
    }

    /** Other benchmarks of the run leave events behind; the runs start from an idle relay. */
    void awaitIdleRelay() {
        await().atMost(Duration.ofMinutes(5)).until(() -> modules.stream()
                .allMatch(module -> outboxes.backlog(module.name()).pending() == 0));
    }

    /**
     * @param perSecond
     *            the rate all writers together keep, or 0 for as fast as they can
     */
    Stages run(int events, int perSecond) throws Exception {
        String prefix = "bench " + UUID.randomUUID() + " #";
        PacedWriters.run(events, WRITERS, perSecond, i -> pinging.send(prefix + i));
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> heard(prefix) == events);
        return new Stages(figures(prefix, events, "p.created_at", "p.created_at"),
                figures(prefix, events, "p.created_at", "o.sent_at"),
                figures(prefix, events, "p.created_at", "h.heard_at"), drained(prefix));
    }

    /** Throughput from the first commit to the last {@code end}, and latency from each commit to its {@code end}. */
    private Sample figures(String prefix, int events, String start, String end) throws SQLException {
        String sql = """
                select extract(epoch from max(%2$s) - min(%1$s)),
                       percentile_cont(0.5) within group (order by extract(epoch from %2$s - %1$s)),
                       percentile_cont(0.99) within group (order by extract(epoch from %2$s - %1$s))
                from pong.ping_heard h join ping.ping p on p.id = h.ping_id join ping.outbox o on o.subject = p.id
                where h.text like ?""".formatted(start, end);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, prefix + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Sample(events / rows.getDouble(1), rows.getDouble(2) * 1000, rows.getDouble(3) * 1000,
                        null);
            }
        }
    }

    /** The rate at which the consumer applied what was left once the writers had stopped. */
    private double drained(String prefix) throws SQLException {
        String sql = """
                with run as (select h.heard_at, max(p.created_at) over () as last_commit
                             from pong.ping_heard h join ping.ping p on p.id = h.ping_id where h.text like ?)
                select count(*) filter (where heard_at > last_commit) / extract(epoch from max(heard_at) - max(last_commit))
                from run""";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, prefix + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getDouble(1);
            }
        }
    }

    private long heard(String prefix) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("select count(*) from pong.ping_heard where text like ?")) {
            statement.setString(1, prefix + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
