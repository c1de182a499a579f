package org.accord.app.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.accord.testing.FreePorts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code kill -9} of one of two instances while members write through both: every write either instance acknowledged is
 * stored and relayed, and the events the killed instance had claimed but not sent are sent by the survivor as soon as
 * their lease runs out, each applied once by every module that consumes it.
 * <p>
 * So that the killed instance certainly dies holding claimed rows, its producer is pointed at a port where no broker
 * listens: its relay claims the events its own commits wake it for and waits on sends that never complete, as a relay
 * does that dies mid-send. The lease is shortened to 8 s for the test (60 s in production).
 */
class FailoverIT {

    private static final Duration LEASE = Duration.ofSeconds(8);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(6);
    private static final int WRITERS_PER_INSTANCE = 2;

    @Test
    void killMinusNineUnderWrites_losesNoAcknowledgedWrite_andTheSurvivorRelaysTheClaimedEventsWithinTheLease()
            throws Exception {
        Map<String, String> config = TwoInstances.stackConfig();
        config.put("accord.outbox.lease", LEASE.toSeconds() + "s");
        config.put("accord.outbox.send-timeout", "4s");
        config.put("accord.outbox.poll-interval", POLL.toSeconds() + "s");
        Map<String, String> killed = new HashMap<>();
        killed.put("mp.messaging.outgoing.accord-outbox.bootstrap.servers", "localhost:" + FreePorts.next());
        killed.put("mp.messaging.outgoing.accord-outbox.health-readiness-enabled", "false");
        Instant started = Instant.now();
        try (TwoInstances instances = TwoInstances.start("failover", config, killed);
                Connection database = instances.database()) {
            PackagedApp survivor = instances.first();
            PackagedApp victim = instances.second();
            String editor = Tokens.forUser(instances.realm(), "eli", Tokens.DEMO_PASSWORD);
            String moderator = Tokens.forUser(instances.realm(), "mo", Tokens.DEMO_PASSWORD);
            List<String> voters = new ArrayList<>();
            for (int i = 0; i < 2 * WRITERS_PER_INSTANCE; i++) {
                voters.add(Accounts.admit(survivor, instances.realm(), instances.keycloak(), i % 2 == 0 ? "US" : "EU",
                        "INDUSTRY").token(instances.realm()));
            }
            String standard = GroupActions.standard(survivor, editor, "KILL " + UUID.randomUUID().toString()
                    .substring(0, 6));
            String ballot = GroupActions.ballotFor(survivor, moderator, voters, Instant.now().plus(Duration.ofDays(1)));

            Writes writes = new Writes();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(voters.size());
            for (int i = 0; i < voters.size(); i++) {
                PackagedApp through = i % 2 == 0 ? survivor : victim;
                String voter = voters.get(i);
                writers.execute(() -> writes.keepWriting(through, voter, editor, standard, ballot, stop));
            }
            Thread.sleep(LOAD_BEFORE_KILL);
            Set<String> survivorRelayers = survivorRelayers(database, started);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !claimedAndUnsent(database, survivorRelayers).isEmpty());
            ProcessHandle.of(victim.pid()).orElseThrow().destroyForcibly();
            Instant kill = Instant.now();
            assertThat(victim.awaitExit(Duration.ofSeconds(10))).as("killed").isTrue();
            Thread.sleep(1_000); // the writers meet the dead instance
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            Map<String, Instant> claimedByVictim = claimedAndUnsent(database, survivorRelayers);
            assertThat(claimedByVictim).as("events the killed instance had claimed and not sent").isNotEmpty();
            await().atMost(LEASE.plus(Duration.ofSeconds(20))).pollInterval(Duration.ofMillis(200))
                    .until(() -> unsent(database, claimedByVictim.keySet()) == 0);
            Map<String, Instant> sentAt = sentAt(database, claimedByVictim.keySet());
            Duration failover = Duration.between(kill, sentAt.values().stream().max(Instant::compareTo).orElseThrow());
            System.out.printf("Failover: %d events claimed by the killed instance, all sent by the survivor %d ms"
                    + " after kill -9 (lease %d s, poll %d s); writes acknowledged: %d votes, %d clauses; requests"
                    + " cut off: %d%n", claimedByVictim.size(), failover.toMillis(), LEASE.toSeconds(),
                    POLL.toSeconds(), writes.votes(), writes.clauses.size(), writes.cutOff.get());
            assertThat(failover).as("relayed within the lease and a poll").isLessThanOrEqualTo(LEASE.plus(POLL)
                    .plus(Duration.ofSeconds(3)));
            claimedByVictim.forEach((event, leasedUntil) -> assertThat(sentAt.get(event))
                    .as("not taken over before its lease ran out: " + event).isAfterOrEqualTo(leasedUntil));

            assertThat(writes.votes()).as("votes acknowledged").isPositive();
            assertThat(writes.clauses).as("clauses acknowledged").isNotEmpty();
            for (String clause : writes.clauses) {
                assertThat(count(database, "select count(*) from drafting.clause where id = '" + clause + "'"))
                        .as("acknowledged clause stored: " + clause).isEqualTo(1);
            }
            for (Map.Entry<String, AtomicInteger> voted : writes.votesByVoter.entrySet()) {
                assertThat(count(database, "select count(*) from voting.vote_history where ballot_id = '" + ballot
                        + "' and reason = '" + voted.getKey() + "'")).as("acknowledged votes stored")
                        .isGreaterThanOrEqualTo(voted.getValue().get());
            }
            Deliveries[] last = new Deliveries[1];
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                last[0] = Deliveries.since(database, instances.bootstrapServers(), started);
                last[0].assertRelayedAndApplied(true);
            });
            long duplicates = last[0].outbox().stream().filter(row -> last[0].timesOnTopic(row.eventId()) > 1)
                    .count();
            System.out.printf("Events since the start: %d, on a topic more than once: %d (absorbed by the inboxes)%n",
                    last[0].outbox().size(), duplicates);
            assertThat(survivor.errors()).as("errors in the survivor").isEmpty();
        }
    }

    /** What the writers did, and what the instances acknowledged with a 2xx. */
    private static final class Writes {

        private final Set<String> clauses = ConcurrentHashMap.newKeySet();
        private final Map<String, AtomicInteger> votesByVoter = new ConcurrentHashMap<>();
        private final AtomicInteger cutOff = new AtomicInteger();

        void keepWriting(PackagedApp through, String voter, String editor, String standard, String ballot,
                AtomicBoolean stop) {
            String reason = "writer-" + UUID.randomUUID();
            for (int i = 0; !stop.get(); i++) {
                try {
                    var clause = GroupActions.as(through, editor).body(Map.of("kind", "CLAUSE", "heading", "Clause "
                            + i, "text", "Text " + i)).when().post("/api/standards/" + standard + "/clauses").then()
                            .extract();
                    if (clause.statusCode() == 201) {
                        clauses.add(clause.path("id"));
                    }
                    int voted = GroupActions.as(through, voter).body(Map.of("position", i % 2 == 0
                            ? "APPROVE"
                            : "DISAPPROVE", "reason", reason)).when().put("/api/ballots/" + ballot + "/vote").then()
                            .extract().statusCode();
                    if (voted == 200) {
                        votesByVoter.computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet();
                    }
                } catch (Exception e) {
                    cutOff.incrementAndGet(); // the instance died under this request: not acknowledged
                }
            }
        }

        int votes() {
            return votesByVoter.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    /** The relayer names that sent something: only the survivor can. */
    private static Set<String> survivorRelayers(Connection database, Instant since) throws SQLException {
        Set<String> relayers = ConcurrentHashMap.newKeySet();
        for (String module : Deliveries.modules(database)) {
            try (PreparedStatement statement = database.prepareStatement("select distinct claimed_by from " + module
                    + ".outbox where sent_at is not null and occurred_at >= ?")) {
                statement.setTimestamp(1, Timestamp.from(since));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        relayers.add(rows.getString(1));
                    }
                }
            }
        }
        return relayers;
    }

    /** Events leased to a relayer other than these and not sent, with the end of their lease. */
    private static Map<String, Instant> claimedAndUnsent(Connection database, Set<String> others) throws SQLException {
        Map<String, Instant> claimed = new HashMap<>();
        for (String module : Deliveries.modules(database)) {
            try (PreparedStatement statement = database.prepareStatement("select event_id::text, claimed_until from "
                    + module + ".outbox where sent_at is null and claimed_until is not null"
                    + " and not (claimed_by = any(?))")) {
                statement.setArray(1, database.createArrayOf("text", others.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        claimed.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                    }
                }
            }
        }
        return claimed;
    }

    private static long unsent(Connection database, Set<String> events) throws SQLException {
        Map<String, Instant> sent = sentAt(database, events);
        return events.stream().filter(event -> sent.get(event) == null).count();
    }

    private static Map<String, Instant> sentAt(Connection database, Set<String> events) throws SQLException {
        Map<String, Instant> sent = new HashMap<>();
        for (String module : Deliveries.modules(database)) {
            try (PreparedStatement statement = database.prepareStatement("select event_id::text, sent_at from "
                    + module + ".outbox where event_id::text = any(?)")) {
                statement.setArray(1, database.createArrayOf("text", events.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Timestamp at = rows.getTimestamp(2);
                        sent.put(rows.getString(1), at == null ? null : at.toInstant());
                    }
                }
            }
        }
        return sent;
    }

    private static long count(Connection database, String sql) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
