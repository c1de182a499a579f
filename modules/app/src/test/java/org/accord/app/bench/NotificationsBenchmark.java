package org.accord.app.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.RuleSpec;
import org.accord.voting.internal.app.Voting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * `make bench BENCH=notifications`: 1,000 pages open on one ballot's live stream while votes come in, against one page
 * alone; the heap each open stream takes; and a ballot opening to 10,000 eligible members until every notice is
 * written, every e-mail queued and the first 1,000 e-mails sent, against an opening to 100.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
@Tag("notifications")
class NotificationsBenchmark {

    private static final int PAGES = 1_000;
    private static final int VOTES = 20;
    private static final int VOTES_PER_SECOND = 2;
    private static final int MEMBERS = 10_000;
    private static final int FEW_MEMBERS = 100;
    private static final int MAILS_TIMED = 1_000;
    private static final String MODERATOR = "mo";
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Duration MAIL_PATIENCE = Duration.ofMinutes(1);

    @TestHTTPResource("/")
    URL base;
    @Inject
    DataSource dataSource;
    @Inject
    BallotAdministration ballots;
    @Inject
    Voting voting;
    @Inject
    MeterRegistry registry;

    @Test
    @TestSecurity(user = MODERATOR, roles = {"member", "moderator"})
    void aThousandPagesOnOneBallot_andABallotOpeningToTenThousandMembers() throws Exception {
        long loadStart = System.nanoTime();
        MemberBulkLoad members = MemberBulkLoad.load(MEMBERS);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        try {
            measure(members, loadSeconds);
        } finally {
            members.restore();
        }
    }

    private void measure(MemberBulkLoad members, double loadSeconds) throws Exception {
        // The ballots the pages follow, opened before the runs so that their notices and e-mails are behind them.
        members.giveVotingRightsToFirst(VOTES);
        List<UUID> followed = new ArrayList<>();
        for (int i = 0; i < 2 * (Trials.RUNS + 1) + 1; i++) {
            followed.add(openBallot("Shall the live pages follow ballot " + i + "?"));
        }
        awaitMailsSent(followed);
        awaitLiveFeed(followed.get(0), members);

        Trials trials = new Trials();
        int next = 1;
        for (int run : Trials.runs()) {
            Delivered alone = delivered(followed.get(next++), 1, members);
            trials.add("one page", alone.delays());
            trials.add("one page, slowest", Sample.of(alone.slowest()));
            Delivered many = delivered(followed.get(next++), PAGES, members);
            trials.add("pages", many.delays());
            trials.add("pages, slowest", Sample.of(many.slowest()));
            trials.add("heap", Sample.of(many.perPage().used() / 1024.0));
            trials.add("heap, server", Sample.of(many.perPage().server() / 1024.0));
            trials.add("heap, client", Sample.of(many.perPage().client() / 1024.0));

            Opened few = opening(members, FEW_MEMBERS);
            awaitMailsSent(List.of(few.ballot()));
            trials.add("few written", Sample.of(few.written()));
            trials.add("few mailed", Sample.of(mailRate(few.ballot(), FEW_MEMBERS)));
            Opened all = opening(members, MEMBERS);
            trials.add("all written", Sample.of(all.written()));
            Mailed mailed = firstMailsSent(all);
            trials.add("all mailed", Sample.of(mailed.rate()));
            trials.add("all first mails", Sample.of(mailed.millis()));
        }

        BenchReport report = new BenchReport("notifications", "Notifications benchmark", """
                In the test's application (one JVM: server, clients and the SMTP server). Live updates: %1$,d
                server-sent event streams opened on one ballot's `/live/ballots/{id}` by the JDK's HTTP client
                (asynchronous line subscribers on %2$d client threads, HTTP/1.1, one connection each), then %3$d votes
                by as many eligible voters cast through voting's `Voting.cast` (what `PUT /api/ballots/{id}/vote`
                calls; it returns after the commit), one every %4$d ms; each delay runs from a vote's commit to the
                moment a page has the whole `update` event: outbox, relay, Kafka, the instance's live feed, the hub and
                the stream, for %3$d × %1$,d deliveries per run. The same on a ballot with one page open is the
                baseline. Every page must receive every update. Heap per stream: heap used after full collections with
                the %1$,d streams open, minus before they were opened, ÷ %1$,d; client and server share this JVM, so it
                is an upper bound of the server's share. The class histogram splits it: objects of the server's and
                the application's classes (Vert.x, Netty, Quarkus, Mutiny, Accord) and of the JDK HTTP client's;
                arrays, strings and collections go to neither, so both are lower bounds. Fan-out: %5$,d active
                members loaded into voting's and notifications' read models (COPY, %6$.1f s) as membership's events
                would have; a ballot opened through voting's `BallotAdministration.open` with %7$,d of them eligible,
                then with all %5$,d. Times run from the opening's commit to notifications' transaction that wrote a
                notice to every eligible member and queued each one's e-mail (one statement, so both are written
                together: polled every 10 ms through the consumer's inbox row). The mail sender (every 2 s, batches
                of 50) sends to the test SMTP server (GreenMail): the time from the queue's commit to the %8$,dth
                e-mail taken by the server, and the rate from the first to the %8$,dth; the rest are then taken off
                the queue. For %7$d, the rate over all of them.
                """.formatted(PAGES, LivePages.CLIENT_THREADS, VOTES, 1000 / VOTES_PER_SECOND, MEMBERS, loadSeconds,
                FEW_MEMBERS,
                MAILS_TIMED));
        Trials.Figure onePage = trials.figure("one page");
        Trials.Figure oneSlowest = trials.figure("one page, slowest");
        report.add("vote's commit → update received, one page open (baseline)", "ms", onePage);
        report.add("vote's commit → update received, on each of 1,000 pages", "ms", trials.figure("pages"))
                .against("one page", onePage).goal(BenchReport.Goal.atMost("p99", 1_000, "#13"));
        report.add("slowest delivery of a run, one page (baseline)", "ms", oneSlowest);
        report.add("slowest delivery of a run, 1,000 pages", "ms", trials.figure("pages, slowest"))
                .against("one page", oneSlowest);
        report.add("heap per open stream, whole JVM (server and client)", "kB", trials.figure("heap"));
        report.add("heap per open stream, in objects of the server's classes (at least)", "kB",
                trials.figure("heap, server"));
        report.add("heap per open stream, in objects of the JDK client's classes (at least)", "kB",
                trials.figure("heap, client"));
        Trials.Figure fewWritten = trials.figure("few written");
        Trials.Figure fewMailed = trials.figure("few mailed");
        report.add("ballot opened to 100: commit → 100 notices written and e-mails queued (baseline)", "ms",
                fewWritten);
        report.add("ballot opened to 10,000: commit → 10,000 notices written and e-mails queued", "ms",
                trials.figure("all written")).against("opened to 100", fewWritten);
        report.add("e-mails queued → the 1,000th taken by the SMTP server", "ms", trials.figure("all first mails"));
        report.add("mail sender, the 100 e-mails of an opening (baseline)", "e-mails/s", fewMailed);
        report.add("mail sender, the first 1,000 e-mails of the opening to 10,000", "e-mails/s",
                trials.figure("all mailed")).against("the 100 e-mails", fewMailed);
        report.write();
    }

    /** A series of votes as the pages saw it: every delay, the slowest, and the heap each open stream took. */
    private record Delivered(Sample delays, double slowest, HeapCensus perPage) {
    }

    /**
     * Opens {@code pages} streams on the ballot, casts {@link #VOTES} paced votes by different voters, and waits until
     * every page has every update.
     */
    private Delivered delivered(UUID ballot, int pages, MemberBulkLoad members) throws Exception {
        double connectedBefore = serverConnections();
        HeapCensus before = HeapCensus.take();
        HeapCensus perPage;
        double[] delays;
        try (LivePages open = LivePages.open(url("/live/ballots/" + ballot), pages, PATIENCE)) {
            perPage = HeapCensus.take().grownSince(before, pages);
            assertThat(serverConnections()).as("streams the server holds").isEqualTo(connectedBefore + pages);
            long[] committed = new long[VOTES];
            PacedWriters.run(VOTES, 1, VOTES_PER_SECOND, i -> {
                voting.cast(ballot, members.username(i), i % 4 == 0 ? "ABSTAIN" : "APPROVE", null);
                committed[i] = System.nanoTime();
            });
            open.awaitUpdates(VOTES, PATIENCE);
            assertThat(open.fewestUpdates()).as("updates every one of %d pages received of %d votes", pages, VOTES)
                    .isEqualTo(VOTES);
            assertThat(open.mostUpdates()).as("updates a page received of %d votes", VOTES).isEqualTo(VOTES);
            delays = open.delays(committed);
        }
        awaitServerConnections(connectedBefore);
        return new Delivered(Sample.latencies(delays), Arrays.stream(delays).max().orElseThrow(), perPage);
    }

    /**
     * Votes until a page gets the update: the records written just after the application started may come before this
     * instance's live feed has its partitions.
     */
    private void awaitLiveFeed(UUID ballot, MemberBulkLoad members) throws Exception {
        double connectedBefore = serverConnections();
        try (LivePages page = LivePages.open(url("/live/ballots/" + ballot), 1, PATIENCE)) {
            for (int tries = 0; tries < 10 && page.fewestUpdates() == 0; tries++) {
                voting.cast(ballot, members.username(tries % VOTES), "APPROVE", null);
                page.awaitUpdates(1, Duration.ofSeconds(5));
            }
            assertThat(page.fewestUpdates()).as("updates after ten votes").isPositive();
        }
        awaitServerConnections(connectedBefore);
    }

    /** A ballot opened to some of the loaded members, and how long until their notices and e-mails were written. */
    private record Opened(UUID ballot, double written, Instant queuedAt) {
    }

    private Opened opening(MemberBulkLoad members, int eligible) throws SQLException {
        members.giveVotingRightsToFirst(eligible);
        UUID ballot = openBallot("Shall " + eligible + " members hear of this ballot?");
        long committed = System.nanoTime();
        UUID event = openingEvent(ballot);
        long written = PATIENCE.toNanos() + committed;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement applied = connection.prepareStatement(
                        "select 1 from notifications.inbox where event_id = ?")) {
            applied.setObject(1, event);
            while (System.nanoTime() < written) {
                try (ResultSet rows = applied.executeQuery()) {
                    if (rows.next()) {
                        written = System.nanoTime();
                        break;
                    }
                }
                LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            }
        }
        Instant queuedAt = Instant.now();
        assertThat(count("select count(*) from notifications.notice where subject_id = ? and kind = 'BALLOT_OPENED'",
                ballot)).as("notices of the opening to %,d", eligible).isEqualTo(eligible);
        assertThat(count("select count(*) from notifications.email e join notifications.notice n on n.id = e.notice_id"
                + " where n.subject_id = ? and e.delivery = 'IMMEDIATE'", ballot))
                .as("e-mails queued of the opening to %,d", eligible).isEqualTo(eligible);
        return new Opened(ballot, (written - committed) / 1e6, queuedAt);
    }

    /** How fast the sender took the opening's first e-mails; then the rest leave the queue unsent. */
    private record Mailed(double millis, double rate) {
    }

    private Mailed firstMailsSent(Opened opened) throws SQLException {
        await().atMost(MAIL_PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> count("select count(*) from notifications.email where status = 'SENT' and sent_at >= ?",
                        opened.queuedAt()) >= MAILS_TIMED);
        Instant first = sentAt(opened.ballot(), 0);
        Instant last = sentAt(opened.ballot(), MAILS_TIMED - 1);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement unqueue = connection.prepareStatement("delete from notifications.email where"
                        + " status = 'PENDING' and notice_id in (select id from notifications.notice where"
                        + " subject_id = ?)")) {
            unqueue.setObject(1, opened.ballot());
            unqueue.executeUpdate();
        }
        awaitMailsSent(List.of(opened.ballot()));
        return new Mailed(Duration.between(opened.queuedAt(), last).toNanos() / 1e6,
                (MAILS_TIMED - 1) / (Duration.between(first, last).toNanos() / 1e9));
    }

    /** E-mails per second from the ballot's first e-mail sent to its {@code count}-th. */
    private double mailRate(UUID ballot, int count) throws SQLException {
        return (count - 1) / (Duration.between(sentAt(ballot, 0), sentAt(ballot, count - 1)).toNanos() / 1e9);
    }

    /** When the SMTP server took the ballot's e-mail of this rank. */
    private Instant sentAt(UUID ballot, int rank) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select e.sent_at from notifications.email e"
                        + " join notifications.notice n on n.id = e.notice_id where n.subject_id = ?"
                        + " and e.status = 'SENT' order by e.sent_at offset ? limit 1")) {
            query.setObject(1, ballot);
            query.setInt(2, rank);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("e-mail %d of ballot %s sent", rank + 1, ballot).isTrue();
                return rows.getTimestamp(1).toInstant();
            }
        }
    }

    /** Waits until no e-mail of these ballots' notices is queued or being sent. */
    private void awaitMailsSent(List<UUID> ballotIds) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> count("select count(*) from"
                + " notifications.email e join notifications.notice n on n.id = e.notice_id where n.subject_id ="
                + " any(?) and e.status in ('PENDING', 'SENDING')", ballotIds) == 0);
    }

    private UUID openBallot(String question) {
        return ballots.open(new BallotAdministration.Opening(null, null, question,
                new RuleSpec("SIMPLE_MAJORITY", null, null, null, null, null, null), null,
                Instant.now().plus(Duration.ofDays(7)), false, null), MODERATOR);
    }

    /** The id of the BallotOpened event: the ballot's one event so far. */
    private UUID openingEvent(UUID ballot) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select event_id from voting.outbox where subject = ?")) {
            query.setString(1, ballot.toString());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("the opening's event").isTrue();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    /** Waits until the server has let go of the streams the benchmark closed. */
    private void awaitServerConnections(double count) {
        await().atMost(PATIENCE).until(() -> serverConnections() == count);
    }

    /** The streams the server holds; none before its hub first served one or heard a record. */
    private double serverConnections() {
        Gauge connections = registry.find("accord.live.connections").gauge();
        return connections == null ? 0 : connections.value();
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter instanceof List<?> ids) {
                query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            } else if (parameter instanceof Instant instant) {
                query.setTimestamp(1, Timestamp.from(instant));
            } else {
                query.setObject(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private URI url(String path) throws URISyntaxException {
        return base.toURI().resolve(path);
    }
}
