package org.accord.app.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.accord.app.e2e.GroupActions.ballotFor;
import static org.accord.app.e2e.GroupActions.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two packaged instances on one database and broker, both relaying, both consuming, both running the ballot and round
 * clocks, with the group's work sent through either: every event is relayed once and applied once by each module that
 * consumes it, each ballot and round opens and closes once, and each member's vote counts once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsAcrossInstancesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private TwoInstances instances;
    private PackagedApp a;
    private PackagedApp b;
    private Instant started;
    private String moderator;
    private String editor;
    private List<Accounts.Admitted> members;
    private List<String> voters;
    private String version;

    @BeforeAll
    void startBothAndAdmitMembers() {
        Map<String, String> config = TwoInstances.stackConfig();
        config.put("accord.voting.clock-interval", "1s");
        config.put("accord.review.clock-interval", "1s");
        started = Instant.now();
        instances = TwoInstances.start("events", config);
        a = instances.first();
        b = instances.second();
        moderator = Tokens.forUser(instances.realm(), "mo", Tokens.DEMO_PASSWORD);
        editor = Tokens.forUser(instances.realm(), "eli", Tokens.DEMO_PASSWORD);
        members = List.of(Accounts.admit(a, instances.realm(), instances.keycloak(), "US", "INDUSTRY"),
                Accounts.admit(b, instances.realm(), instances.keycloak(), "EU", "ACADEMIA"),
                Accounts.admit(a, instances.realm(), instances.keycloak(), "EU", "CIVIL_SOCIETY"),
                Accounts.admit(b, instances.realm(), instances.keycloak(), "US", "ACADEMIA"));
        voters = members.stream().map(member -> member.token(instances.realm())).toList();
    }

    @AfterAll
    void stop() {
        if (instances == null) {
            return;
        }
        try {
            assertThat(a.errors()).as("errors in A").isEmpty();
            assertThat(b.errors()).as("errors in B").isEmpty();
        } finally {
            instances.close();
        }
    }

    @Test
    @Order(1)
    void votesThroughBothInstances_countOnceEach_evenAVoteSentToBothAtOnce() throws Exception {
        String ballot = ballotFor(a, moderator, voters, Instant.now().plus(Duration.ofDays(1)));

        List<Integer> statuses = together(List.of(() -> vote(a, voters.get(0), ballot, "APPROVE"),
                () -> vote(b, voters.get(0), ballot, "APPROVE"), () -> vote(a, voters.get(1), ballot, "APPROVE"),
                () -> vote(b, voters.get(2), ballot, "DISAPPROVE"), () -> vote(b, voters.get(3), ballot, "ABSTAIN")));
        assertThat(statuses.subList(0, 2)).as("one vote sent to both instances at once").containsAnyOf(200)
                .allMatch(status -> status == 200 || status == 409);
        assertThat(statuses.subList(2, 5)).as("votes of three members through A and B").containsOnly(200);
        GroupActions.closeBallot(b, moderator, ballot);

        try (Connection database = instances.database()) {
            assertThat(count(database, "select count(*) from voting.vote where ballot_id = ?::uuid", ballot))
                    .isEqualTo(4);
            assertThat(count(database, "select count(*) from voting.vote where ballot_id = ?::uuid and member_id = '"
                    + members.get(0).memberId() + "'", ballot)).isEqualTo(1);
            try (PreparedStatement tally = database.prepareStatement("select approve, disapprove, abstain from"
                    + " voting.ballot_tally where ballot_id = ?::uuid and scope = 'overall'")) {
                tally.setString(1, ballot);
                try (ResultSet row = tally.executeQuery()) {
                    assertThat(row.next()).as("a result").isTrue();
                    assertThat(List.of(row.getInt(1), row.getInt(2), row.getInt(3))).containsExactly(2, 1, 1);
                }
            }
        }
    }

    @Test
    @Order(2)
    void ballotsAndRoundsFallingDue_openAndCloseOnce_whileBothInstancesRunTheirClocks() throws Exception {
        String standard = GroupActions.standard(a, editor, "TWO " + UUID.randomUUID().toString().substring(0, 6));
        assertThat(GroupActions.clause(b, editor, standard, "Scope")).isEqualTo(201);
        assertThat(GroupActions.clause(a, editor, standard, "Terms")).isEqualTo(201);
        version = GroupActions.publish(b, editor, standard);
        Instant later = Instant.now().plus(Duration.ofMinutes(5));
        Instant muchLater = later.plus(Duration.ofMinutes(5));
        List<String> closing = new ArrayList<>();
        List<String> scheduled = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            closing.add(GroupActions.openBallot(i % 2 == 0 ? a : b, moderator, "Closing " + i, null, later));
        }
        for (int i = 0; i < 2; i++) {
            scheduled.add(GroupActions.openBallot(i % 2 == 0 ? b : a, moderator, "Scheduled " + i, later, muchLater));
        }
        List<String> rounds = List.of(GroupActions.round(a, moderator, version, null, later),
                GroupActions.round(b, moderator, version, null, later));
        String scheduledRound = GroupActions.round(a, moderator, version, later, muchLater);

        try (Connection database = instances.database()) {
            // A ballot or round lasts at least a minute; bring the times forward rather than wait.
            bringForward(database, "voting.ballot", closing, null, "3 seconds");
            bringForward(database, "voting.ballot", scheduled, "2 seconds", "5 seconds");
            bringForward(database, "review.round", rounds, null, "3 seconds");
            bringForward(database, "review.round", List.of(scheduledRound), "2 seconds", "5 seconds");
            List<String> ballots = new ArrayList<>(closing);
            ballots.addAll(scheduled);
            List<String> allRounds = new ArrayList<>(rounds);
            allRounds.add(scheduledRound);
            await().atMost(PATIENCE).until(() -> closed(database, "voting.ballot", ballots)
                    && closed(database, "review.round", allRounds));
            await().atMost(PATIENCE).until(() -> count(database, "select count(*) from transparency.entry where type"
                    + " = 'ballot.closed' and entry similar to ?", "%(" + String.join("|", ballots) + ")%") == ballots
                            .size());

            Deliveries deliveries = Deliveries.since(database, instances.bootstrapServers(), started);
            assertOncePerSubject(deliveries, "BallotClosed", ballots);
            assertOncePerSubject(deliveries, "BallotOpened", scheduled);
            assertOncePerSubject(deliveries, "CommentRoundClosed", allRounds);
            assertOncePerSubject(deliveries, "CommentRoundOpened", List.of(scheduledRound));
            for (String ballot : ballots) {
                assertThat(count(database, "select count(*) from transparency.entry where type = 'ballot.closed'"
                        + " and entry like ?", "%" + ballot + "%")).as("logged once: " + ballot).isEqualTo(1);
                assertThat(count(database, "select count(*) from voting.ballot where id = ?::uuid and passed is not"
                        + " null and status = 'CLOSED' and closed_by is null", ballot)).as("a result: " + ballot)
                        .isEqualTo(1);
            }
        }
    }

    @Test
    @Order(3)
    void mixedWorkThroughBothInstances_isRelayedOnce_andAppliedOncePerConsumingModule() throws Exception {
        String round = GroupActions.round(b, moderator, version, null, Instant.now().plus(Duration.ofDays(1)));
        List<Integer> comments = together(List.of(() -> GroupActions.comment(a, voters.get(0), round, "From A"),
                () -> GroupActions.comment(b, voters.get(1), round, "From B"),
                () -> GroupActions.comment(a, voters.get(2), round, "From A again"),
                () -> GroupActions.comment(b, voters.get(3), round, "From B again")));
        assertThat(comments).containsOnly(201);
        GroupActions.closeRound(a, moderator, round);

        try (Connection database = instances.database()) {
            Deliveries[] last = new Deliveries[1];
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                last[0] = Deliveries.since(database, instances.bootstrapServers(), started);
                last[0].assertRelayedAndApplied(false);
            });
            Deliveries deliveries = last[0];
            Map<String, Long> byRelayer = deliveries.outbox().stream()
                    .collect(Collectors.groupingBy(Deliveries.Row::claimedBy, Collectors.counting()));
            System.out.printf("Events relayed since the start: %d, by relayer %s%n", deliveries.outbox().size(),
                    byRelayer);
            // Any other instance on the same database (the integration tests' shared application) may relay too.
            assertThat(byRelayer).as("both instances relayed").containsKeys(relayerOf(a), relayerOf(b));
            assertThat(deliveries.countBySubject("CommentSubmitted").values().stream().mapToLong(Long::longValue)
                    .sum()).isGreaterThanOrEqualTo(4);
        }
    }

    private static String relayerOf(PackagedApp app) {
        Matcher named = Pattern.compile("relays the outboxes as (relay-[0-9a-f-]+)").matcher(app.log());
        assertThat(named.find()).as("the relay named in the log").isTrue();
        return named.group(1);
    }

    private static void assertOncePerSubject(Deliveries deliveries, String type, List<String> subjects) {
        Map<String, Long> bySubject = deliveries.countBySubject(type);
        for (String subject : subjects) {
            assertThat(bySubject.get(subject)).as(type + " of " + subject).isEqualTo(1);
        }
        deliveries.outbox().stream().filter(row -> row.type().contains(type) && subjects.contains(row.subject()))
                .forEach(row -> assertThat(deliveries.timesOnTopic(row.eventId())).as("on the topic: " + row)
                        .isLessThanOrEqualTo(1));
    }

    private static void bringForward(Connection database, String table, List<String> ids, String opensIn,
            String closesIn) throws SQLException {
        String opens = opensIn == null ? "" : "opens_at = now() + interval '" + opensIn + "', ";
        try (PreparedStatement statement = database.prepareStatement("update " + table + " set " + opens
                + "closes_at = now() + interval '" + closesIn + "' where id = any(?::uuid[])")) {
            statement.setArray(1, database.createArrayOf("text", ids.toArray()));
            assertThat(statement.executeUpdate()).isEqualTo(ids.size());
        }
    }

    private static boolean closed(Connection database, String table, List<String> ids) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement("select count(*) from " + table
                + " where status = 'CLOSED' and id = any(?::uuid[])")) {
            statement.setArray(1, database.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) == ids.size();
            }
        }
    }

    /** Runs the calls at the same moment, one thread each, and returns their results in order. */
    private static <T> List<T> together(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<T>> results = new ArrayList<>();
            for (Callable<T> call : calls) {
                results.add(threads.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            List<T> done = new ArrayList<>();
            for (Future<T> result : results) {
                done.add(result.get());
            }
            return done;
        } finally {
            threads.shutdown();
        }
    }

    private static long count(Connection database, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
