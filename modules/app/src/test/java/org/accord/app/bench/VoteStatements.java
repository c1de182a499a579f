package org.accord.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.accord.platform.events.EventTypes;
import org.accord.voting.api.events.VoteRecorded;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The database's ceiling for a vote: the statements one vote sends (the ballot read under a shared lock, the voter, the
 * eligibility check, on a secret ballot the key and the sealed paper, the vote and its history, the outbox row under
 * its subject's lock) as plain JDBC transactions. As many clients as the API load has, over as many connections as the
 * application's pool, from outside the application: no HTTP, no framework, no crypto. The statements follow
 * {@code Voting.cast}, {@code BallotRows} and {@code OutboxStore.insert}; change them together.
 */
final class VoteStatements {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A voter of the ballot: the member id its rows carry and the username a request would carry. */
    record Voter(UUID memberId, String username) {
    }

    private VoteStatements() {
    }

    /** The application's pool size, read from its own configuration. */
    static int poolSize() {
        Properties properties = new Properties();
        try (InputStream resource = VoteStatements.class.getResourceAsStream("/application.properties")) {
            properties.load(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Integer.parseInt(properties.getProperty("quarkus.datasource.jdbc.max-size"));
    }

    /** @return transactions per second, with the latency of each from asking for a connection to its commit */
    static Sample run(BenchStack stack, UUID ballot, boolean secret, List<Voter> voters, int clients,
            Duration duration) throws Exception {
        int pool = poolSize();
        BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(pool, true);
        for (int i = 0; i < pool; i++) {
            Connection connection = stack.database();
            connection.setAutoCommit(false);
            connections.add(connection);
        }
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            List<Future<List<Double>>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(threads.submit(() -> {
                    List<Double> latencies = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        Voter voter = voters.get(next.getAndIncrement() % voters.size());
                        long begin = System.nanoTime();
                        Connection connection = connections.take();
                        try {
                            vote(connection, ballot, secret, voter);
                        } finally {
                            connections.put(connection);
                        }
                        latencies.add((System.nanoTime() - begin) / 1e6);
                    }
                    return latencies;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> worker : workers) {
                all.addAll(worker.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return Sample.load(all.size() / seconds, all.stream().mapToDouble(Double::doubleValue).toArray(), null);
        } finally {
            threads.shutdown();
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static void vote(Connection connection, UUID ballot, boolean secret, Voter voter) throws Exception {
        try {
            Instant now = Instant.now();
            read(connection, "select * from voting.ballot where id = ? for share", ballot);
            read(connection, "select * from voting.voter where username = ? limit 1", voter.username());
            read(connection, "select 1 from voting.eligible_voter where ballot_id = ? and member_id = ?", ballot,
                    voter.memberId());
            String position = secret ? null : "APPROVE";
            if (secret) {
                read(connection, "select wrapped_key from voting.ballot_key where ballot_id = ?", ballot);
                byte[] tag = new byte[32];
                byte[] sealed = new byte[64];
                RANDOM.nextBytes(tag);
                RANDOM.nextBytes(sealed);
                write(connection, "insert into voting.ballot_box (ballot_id, voter_tag, sealed) values (?, ?, ?)"
                        + " on conflict (ballot_id, voter_tag) do update set sealed = excluded.sealed", ballot, tag,
                        sealed);
            }
            read(connection, "insert into voting.vote (ballot_id, member_id, position, reason, cast_at, changes)"
                    + " values (?, ?, ?, null, ?, 0) on conflict (ballot_id, member_id) do update set position ="
                    + " excluded.position, reason = excluded.reason, cast_at = excluded.cast_at, changes ="
                    + " voting.vote.changes + 1 returning changes", ballot, voter.memberId(), position,
                    Timestamp.from(now));
            write(connection, "insert into voting.vote_history (ballot_id, member_id, position, reason, cast_at)"
                    + " values (?, ?, ?, null, ?)", ballot, voter.memberId(), position, Timestamp.from(now));
            read(connection, "select pg_advisory_xact_lock(hashtextextended(?, 0))", "voting.outbox/" + ballot);
            String type = EventTypes.of(VoteRecorded.class);
            write(connection, "insert into voting.outbox (event_id, event_type, subject, schema_version, payload,"
                    + " occurred_at, claim_check) values (?, ?, ?, ?, ?, ?, null)", UUID.randomUUID(), type,
                    ballot.toString(), EventTypes.version(type), JSON.writeValueAsString(new VoteRecorded(
                            ballot.toString(), voter.memberId().toString(), position, true, now)),
                    Timestamp.from(now));
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void read(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                // read every row, as the application does
            }
        }
    }

    private static void write(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
