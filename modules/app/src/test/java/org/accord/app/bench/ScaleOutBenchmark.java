package org.accord.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.accord.app.backbone.KafkaTopics;
import org.accord.app.e2e.PackagedApp;
import org.accord.platform.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * `make bench BENCH=scaleout`: two packaged instances on one database and one broker against one. Votes from 200
 * members at once (wrk) through one instance, then through two with the members split between them (one wrk each, 100
 * connections each); the processor time of the instances, of PostgreSQL and of the Kafka broker (a process of its own
 * here) for those votes; votes, relays and consumer effects counted twice; and, last, the time from {@code kill -9} of
 * an instance holding claimed outbox rows to the other instance's relaying them.
 */
@Tag("scaleout")
class ScaleOutBenchmark {

    private static final int MEMBERS = 1_000;
    private static final int CONCURRENT = 200;
    private static final int FAILOVER_SENDERS = 20;
    private static final Duration LOAD = Duration.ofSeconds(8);
    private static final Duration WARM_UP_LOAD = Duration.ofSeconds(20);
    private static final Duration LEASE = Duration.ofSeconds(5);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration SETTLE = Duration.ofMinutes(2);
    private static final String PREFIX = "bench-voter-";
    private static final String VOTE_RECORDED = "accord.voting.VoteRecorded.v1";
    private static final List<String> POSITIONS = List.of("{\"position\":\"ABSTAIN\"}", "{\"position\":\"APPROVE\"}",
            "{\"position\":\"APPROVE\"}", "{\"position\":\"APPROVE\"}");

    private BenchStack stack;
    private SeparateBroker broker;
    private ConsumerLag lag;
    private Map<String, String> config;
    private PackagedApp first;
    private PackagedApp second;
    private long postmaster;

    /** The ballots of one run: one for each load, so that each load's events can be counted apart. */
    private record Ballots(UUID one, UUID two, UUID failover) {
    }

    /**
     * Processor seconds so far of the instances, the PostgreSQL server and the broker, and the transactions the
     * application's database has ended.
     */
    private record Usage(double app, double postgres, double kafka, long transactions) {
    }

    @Test
    void twoInstancesAgainstOne() throws Exception {
        stack = BenchStack.start();
        try (SeparateBroker started = SeparateBroker.start()) {
            broker = started;
            config = new HashMap<>(stack.config());
            config.put("kafka.bootstrap.servers", broker.bootstrapServers());
            config.put("accord.outbox.lease", LEASE.toMillis() + "ms");
            config.put("accord.outbox.send-timeout", SEND_TIMEOUT.toMillis() + "ms");
            // E-mails of the ballots' openings are not what is measured: the mail sender stays idle.
            config.put("accord.notifications.mail.interval", "1h");
            try (ConsumerLag consumers = new ConsumerLag(broker.bootstrapServers())) {
                lag = consumers;
                first = PackagedApp.start("scaleout-1", config).awaitReady(Duration.ofMinutes(2));
                second = PackagedApp.start("scaleout-2", config).awaitReady(Duration.ofMinutes(2));
                measure();
            } finally {
                if (first != null) {
                    first.close();
                }
                if (second != null) {
                    second.close();
                }
            }
        }
    }

    private void measure() throws Exception {
        seedVoters();
        List<String> tokens = stack.members(PREFIX, MEMBERS);
        String moderator = stack.token("mo");
        List<Ballots> ballots = new ArrayList<>();
        for (int run : Trials.runs()) {
            ballots.add(new Ballots(open(moderator, run), open(moderator, run), open(moderator, run)));
        }
        try (Connection connection = stack.database()) {
            postmaster = ProcessCpu.postmaster(connection);
        }
        settle();

        Trials trials = new Trials();
        for (int run : Trials.runs()) {
            Ballots ballot = ballots.get(run);
            // The warm-up loads run longer: both JVMs compile the vote's code for well over a minute of load.
            Duration load = run == 0 ? WARM_UP_LOAD : LOAD;
            // The instances take the one-instance load in turn, so that both are as warm; and the two loads take
            // turns at going first, so that what the JVMs still gain from run to run favours neither.
            PackagedApp alone = run % 2 == 0 ? first : second;
            if (run % 2 == 0) {
                throughOne(alone, ballot.one(), tokens, load, trials);
                throughTwo(ballot.two(), tokens, load, trials);
            } else {
                throughTwo(ballot.two(), tokens, load, trials);
                throughOne(alone, ballot.one(), tokens, load, trials);
            }
        }
        for (int run : Trials.runs()) {
            failover(ballots.get(run).failover(), tokens, run, trials);
        }
        settle();
        Map<String, List<ConsumerRecord<String, String>>> topic = new KafkaTopics(broker.bootstrapServers())
                .readAll("accord.voting.v1").stream().collect(Collectors.groupingBy(ConsumerRecord::key));
        for (Ballots ballot : ballots) {
            count("two", ballot.two(), topic, trials);
            count("failover", ballot.failover(), topic, trials);
        }
        report(trials);
    }

    private void throughOne(PackagedApp app, UUID ballot, List<String> tokens, Duration load, Trials trials)
            throws SQLException {
        Usage before = usage();
        trials.add("one", Wrk.run(votes(app, ballot, tokens, CONCURRENT, load)));
        settle();
        cost("one", before, usage(), votesOn(ballot), trials);
    }

    /** Half of the members through each instance, one wrk each, started together. */
    private void throughTwo(UUID ballot, List<String> tokens, Duration load, Trials trials) throws Exception {
        Usage before = usage();
        CompletableFuture<Sample> throughFirst = CompletableFuture.supplyAsync(
                () -> Wrk.run(votes(first, ballot, tokens.subList(0, MEMBERS / 2), CONCURRENT / 2, load)));
        Sample throughSecond = Wrk.run(votes(second, ballot, tokens.subList(MEMBERS / 2, MEMBERS), CONCURRENT / 2,
                load));
        trials.add("two", together(throughFirst.get(), throughSecond));
        settle();
        cost("two", before, usage(), votesOn(ballot), trials);
    }

    private void report(Trials trials) {
        BenchReport report = new BenchReport("scaleout", "Scale-out benchmark",
                """
                                        Two packaged instances (`deploy/app/jvm.options`, production profile, each its own process) on one
                                        database and one Kafka broker, against one of them, in the same runs. %,d eligible members, each with a
                                        Keycloak token; each load votes on a ballot of its own for %d s (the warm-up's for %d s). One
                                        instance: one wrk, %d connections, every member in turn, through each instance in turn from run to run; the
                        one-instance and two-instance loads take turns at going first. Two instances: one wrk per instance, %d connections each, each with half of the
                                        members, started together; votes/s is their sum, p50 and p99 the worse of the two. The other instance
                                        stays up during the one-instance load, without requests but consuming what its consumer groups assign
                                        it and reading every topic for its live pages: on two processors the total work bounds both figures. Processor time from `/proc/<pid>/stat` (user +
                                        system) before the load and after everything it caused is done (both outboxes relayed, every module's
                                        consumer group at the end of its topics): of the instances, of the PostgreSQL server (postmaster,
                                        backends and other children, and children that ended) and of the broker, which runs here in a JVM of
                                        its own (`org.accord.testing.stack.BrokerProcess`, 512 MB heap), not in the benchmark's. Transactions per
                                vote: the database's ended transactions (`pg_stat_database`) over the same span, ÷ votes. Counted twice,
                                        after every run, for the two-instance ballot: votes (vote history against each member's counted vote
                                        and its number of changes, and against the VoteRecorded events in the outbox), events on the topic
                                        (records against distinct CloudEvent ids) and effects of consumers (the NeedsChanged notifications
                                        writes once per first vote of a member, counted by the VoteRecorded event that caused it). Failover:
                                        %d senders vote through one instance; once it holds claimed outbox rows it gets SIGKILL; the figure
                                        runs from the kill to the moment the last of the rows held then is marked sent (`sent_at`), by the
                                        other instance, with `accord.outbox.lease` = %d s and `send-timeout` = %d s (defaults 60 s and 30 s).
                                        The failover runs come after the three load runs (each kill restarts the instance, cold).
                                        """
                        .formatted(MEMBERS, LOAD.toSeconds(), WARM_UP_LOAD.toSeconds(), CONCURRENT, CONCURRENT / 2,
                                FAILOVER_SENDERS,
                                LEASE.toSeconds(), SEND_TIMEOUT.toSeconds()));
        report.add("votes, one instance (baseline)", "requests/s", trials.figure("one"));
        report.add("votes, two instances, load split evenly", "requests/s", trials.figure("two"))
                .against("one instance", trials.figure("one"))
                .goal(BenchReport.Goal.atLeast("ratio", 0.9, "#14"));
        for (String load : List.of("one", "two")) {
            String instances = load.equals("one") ? "one instance" : "two instances";
            report.add("application CPU per 1,000 votes, " + instances, "CPU s", trials.figure(load + " app"));
            report.add("PostgreSQL CPU per 1,000 votes, " + instances, "CPU s", trials.figure(load + " postgres"));
            report.add("Kafka CPU per 1,000 votes, " + instances, "CPU s", trials.figure(load + " kafka"));
        }
        report.add("database transactions per vote, one instance", "transactions", trials.figure("one transactions"));
        report.add("database transactions per vote, two instances", "transactions",
                trials.figure("two transactions")).against("one instance", trials.figure("one transactions"));
        report.add("application CPU ÷ PostgreSQL CPU per vote, two instances: instances per database of as many"
                + " processors at which the database is the bottleneck", "instances", trials.figure("two per db"));
        report.add("application CPU ÷ Kafka CPU per vote, two instances: the same for the broker", "instances",
                trials.figure("two per broker"));
        report.add("votes counted twice or lost, two instances", "votes", trials.figure("two votes twice"))
                .goal(BenchReport.Goal.atMost("value", 0, "#14"));
        report.add("events relayed twice onto the topic, two instances", "events",
                trials.figure("two relayed twice")).goal(BenchReport.Goal.atMost("value", 0, "#14"));
        report.add("events applied twice by a consumer, two instances", "events",
                trials.figure("two applied twice")).goal(BenchReport.Goal.atMost("value", 0, "#14"));
        report.add("events lost (not on the topic, or not applied by notifications), two instances", "events",
                trials.figure("two lost")).goal(BenchReport.Goal.atMost("value", 0, "#14"));
        report.add("failover: kill -9 → the killed instance's claimed rows sent by the other (lease "
                + LEASE.toSeconds() + " s)", "s", trials.figure("failover"));
        report.add("outbox rows the killed instance held", "rows", trials.figure("failover held"));
        report.add("events relayed twice onto the topic, failover ballot (at least once: the killed instance may"
                + " have sent rows it could not mark)", "events", trials.figure("failover relayed twice"));
        report.add("events applied twice by a consumer, failover ballot", "events",
                trials.figure("failover applied twice")).goal(BenchReport.Goal.atMost("value", 0, "#14"));
        report.add("events lost, failover ballot", "events", trials.figure("failover lost"))
                .goal(BenchReport.Goal.atMost("value", 0, "#14"));
        report.write();
    }

    private static Wrk.Load votes(PackagedApp app, UUID ballot, List<String> tokens, int connections,
            Duration duration) {
        return new Wrk.Load("PUT", app.url(""), List.of("/api/ballots/" + ballot + "/vote"), tokens, POSITIONS,
                connections, duration);
    }

    /** Two loads run side by side as one: their rates add up, and the worse latencies stand for both. */
    private static Sample together(Sample one, Sample other) {
        return new Sample(one.value() + other.value(), Math.max(one.p50(), other.p50()),
                Math.max(one.p99(), other.p99()), one.generatorCpu() + other.generatorCpu());
    }

    private Usage usage() throws SQLException {
        double app = ProcessCpu.seconds(first.pid()) + ProcessCpu.seconds(second.pid());
        return new Usage(app, ProcessCpu.server(postmaster), ProcessCpu.seconds(broker.pid()),
                single("select xact_commit + xact_rollback from pg_stat_database where datname = current_database()"));
    }

    private static void cost(String load, Usage before, Usage after, long votes, Trials trials) {
        double perThousand = 1000.0 / votes;
        double app = (after.app() - before.app()) * perThousand;
        double postgres = (after.postgres() - before.postgres()) * perThousand;
        double kafka = (after.kafka() - before.kafka()) * perThousand;
        trials.add(load + " app", Sample.of(app));
        trials.add(load + " postgres", Sample.of(postgres));
        trials.add(load + " kafka", Sample.of(kafka));
        trials.add(load + " per db", Sample.of(app / postgres));
        trials.add(load + " per broker", Sample.of(app / kafka));
        trials.add(load + " transactions", Sample.of((after.transactions() - before.transactions()) / (double) votes));
    }

    /** Waits until every event is relayed and every module's consumers have applied everything on their topics. */
    private void settle() {
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(200)).until(() -> unsent() == 0);
        lag.awaitNone(SETTLE);
    }

    private long unsent() throws SQLException {
        return single("select (select count(*) from voting.outbox where sent_at is null and parked_at is null)"
                + " + (select count(*) from notifications.outbox where sent_at is null and parked_at is null)");
    }

    private long votesOn(UUID ballot) throws SQLException {
        return single("select count(*) from voting.vote_history where ballot_id = ?", ballot);
    }

    /**
     * Kills an instance while it holds claimed outbox rows and times the other's relaying them; the kill is tried again
     * on a restarted instance if the rows were settled in the moment between seeing them and the kill.
     */
    private void failover(UUID ballot, List<String> tokens, int run, Trials trials) throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (!second.isRunning()) {
                second = PackagedApp.start("scaleout-2-" + run + "-" + attempt, config)
                        .awaitReady(Duration.ofMinutes(2));
            }
            AtomicBoolean stop = new AtomicBoolean();
            Instant killed;
            List<Long> held;
            try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
                    Connection connection = stack.database()) {
                for (int sender = 0; sender < FAILOVER_SENDERS; sender++) {
                    int from = sender;
                    senders.submit(() -> vote(second.url("/api/ballots/" + ballot + "/vote"), tokens, from, stop));
                }
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(1))
                        .until(() -> !heldRows(connection).isEmpty());
                killed = Instant.now();
                second.close();
                held = heldRows(connection);
                second.awaitExit(Duration.ofSeconds(10));
                stop.set(true);
            }
            if (!held.isEmpty()) {
                Instant lastSent = lastSent(held);
                trials.add("failover", Sample.of(Duration.between(killed, lastSent).toMillis() / 1000.0));
                trials.add("failover held", Sample.of(held.size()));
                return;
            }
        }
        throw new IllegalStateException("The instance never held claimed rows when it was killed");
    }

    /** One member after another votes through the instance until told to stop or the instance is gone. */
    private static void vote(URI url, List<String> tokens, int from, AtomicBoolean stop) {
        HttpClient client = HttpClient.newHttpClient();
        for (int turn = from; !stop.get(); turn += FAILOVER_SENDERS) {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + tokens.get(turn % tokens.size()))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(POSITIONS.get(turn % POSITIONS.size()))).build();
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Unsent voting outbox rows whose lease still runs. */
    private static List<Long> heldRows(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select seq from voting.outbox"
                + " where sent_at is null and claimed_until > now()");
                ResultSet rows = query.executeQuery()) {
            List<Long> seqs = new ArrayList<>();
            while (rows.next()) {
                seqs.add(rows.getLong(1));
            }
            return seqs;
        }
    }

    /** Waits until every one of the rows is sent; @return when the last of them was marked sent */
    private Instant lastSent(List<Long> seqs) throws SQLException {
        try (Connection connection = stack.database();
                PreparedStatement query = connection.prepareStatement("select count(*) filter (where sent_at is"
                        + " null), max(sent_at) from voting.outbox where seq = any(?)")) {
            Array array = connection.createArrayOf("bigint", seqs.toArray());
            query.setArray(1, array);
            Instant deadline = Instant.now().plus(SETTLE);
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        return rows.getTimestamp(2).toInstant();
                    }
                }
                pause(Duration.ofMillis(20));
            }
        }
        throw new IllegalStateException("The killed instance's claimed rows were not sent within " + SETTLE);
    }

    /** What a ballot's votes left counted twice or not at all, in the database and on the topic. */
    private void count(String load, UUID ballot, Map<String, List<ConsumerRecord<String, String>>> topic,
            Trials trials) throws SQLException {
        long history = votesOn(ballot);
        long counted = single("select coalesce(sum(changes + 1), 0) from voting.vote where ballot_id = ?", ballot);
        long events = single("select count(*) from voting.outbox where subject = ? and event_type = ?",
                ballot.toString(), VOTE_RECORDED);
        List<ConsumerRecord<String, String>> records = topic.getOrDefault(ballot.toString(), List.of()).stream()
                .filter(record -> VOTE_RECORDED.equals(KafkaTopics.header(record, CloudEventHeaders.TYPE))).toList();
        Set<String> relayedIds = records.stream().map(record -> KafkaTopics.header(record, CloudEventHeaders.ID))
                .collect(Collectors.toSet());
        long appliedTwice = single("select count(*) - count(distinct n.payload::jsonb ->> 'cause')"
                + " from notifications.outbox n join voting.outbox v on v.event_id::text = n.payload::jsonb ->> 'cause'"
                + " where n.event_type = 'accord.notifications.NeedsChanged.v1' and v.subject = ?", ballot.toString());
        long notApplied = single("select count(*) from voting.outbox v where v.subject = ? and v.event_type = ?"
                + " and not exists (select 1 from notifications.inbox i where i.event_id = v.event_id)",
                ballot.toString(), VOTE_RECORDED);
        trials.add(load + " votes twice", Sample.of(Math.abs(history - counted) + Math.abs(events - history)));
        trials.add(load + " relayed twice", Sample.of(records.size() - relayedIds.size()));
        trials.add(load + " applied twice", Sample.of(appliedTwice));
        trials.add(load + " lost", Sample.of(events - relayedIds.size() + notApplied));
    }

    private UUID open(String moderator, int run) {
        Map<String, Object> opening = new HashMap<>();
        opening.put("title", "Scale-out ballot " + run);
        opening.put("question", "Benchmark question");
        opening.put("rule", Map.of("preset", "STAKEHOLDER_CONCURRENCE"));
        opening.put("closesAt", Instant.now().plus(Duration.ofDays(1)).toString());
        opening.put("secret", false);
        return UUID.fromString(given().auth().oauth2(moderator).contentType(ContentType.JSON).body(opening).when()
                .post(first.url("/api/ballots")).then().statusCode(201).extract().path("id"));
    }

    /**
     * The members straight into the read models of voting and of notifications, as membership's events would have put
     * them; notifications must know them, or it has no voter of the ballot to mark as voted.
     */
    private void seedVoters() throws SQLException, IOException {
        List<String> usernames = IntStream.range(0, MEMBERS).mapToObj(i -> PREFIX + i).toList();
        try (Connection connection = stack.database()) {
            connection.setAutoCommit(false);
            MemberBulkLoad.copyIn(connection, usernames, true);
            connection.commit();
        }
    }

    private long single(String sql, Object... parameters) throws SQLException {
        try (Connection connection = stack.database();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
