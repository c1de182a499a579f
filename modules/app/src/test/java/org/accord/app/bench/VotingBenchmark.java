package org.accord.app.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.app.e2e.PackagedApp;
import org.accord.voting.internal.domain.Position;
import org.accord.voting.internal.domain.Rule;
import org.accord.voting.internal.domain.RuleEngine;
import org.accord.voting.internal.domain.Side;
import org.accord.voting.internal.domain.Voter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * `make bench BENCH=voting`: a ballot with 10,000 eligible voters on the packaged application. Votes through the API
 * from 200 concurrent members (wrk, its own process), against two ceilings measured in the same runs: the vote's own
 * statements as raw JDBC transactions at the same concurrency, and a plain authenticated GET ({@code /api/me}). Also
 * the cost of the standing (rule engine alone, and read through the API) and of closing a secret ballot.
 */
@Tag("voting")
class VotingBenchmark {

    private static final int VOTERS = 10_000;
    private static final int ACCOUNTS = 1_000;
    private static final int CONCURRENT = 200;
    private static final Duration LOAD = Duration.ofSeconds(10);
    private static final String PREFIX = "bench-voter-";
    private static final String[] GROUPS = {"INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY"};
    private static final List<String> POSITIONS = List.of("{\"position\":\"ABSTAIN\"}", "{\"position\":\"APPROVE\"}",
            "{\"position\":\"APPROVE\"}", "{\"position\":\"APPROVE\"}");

    private BenchStack stack;
    private PackagedApp app;
    private String moderator;

    @Test
    void tenThousandVoters_againstTheDatabaseAndAPlainGet() throws Exception {
        stack = BenchStack.start();
        try (PackagedApp started = stack.startApp("voting-bench")) {
            app = started;
            measure();
        }
    }

    private void measure() throws Exception {
        List<VoteStatements.Voter> voters = seedVoters();
        List<VoteStatements.Voter> withAccounts = voters.subList(0, ACCOUNTS);
        List<String> tokens = stack.members(PREFIX, ACCOUNTS);
        moderator = stack.token("mo");
        UUID ballot = open(false);
        UUID ceilingBallot = open(false);
        UUID secretCeilingBallot = open(true);
        URI base = app.url("");
        Trials trials = new Trials();
        for (int run : Trials.runs()) {
            trials.add("me", Wrk.run(Wrk.Load.get(base, List.of("/api/me"), tokens, CONCURRENT, LOAD)));
            trials.add("mine", Wrk.run(Wrk.Load.get(base, List.of("/api/ballots/mine"), tokens, CONCURRENT, LOAD)));
            trials.add("jdbc", VoteStatements.run(stack, ceilingBallot, false, withAccounts, CONCURRENT, LOAD));
            awaitRelayed();
            trials.add("vote", Wrk.run(votes(base, ballot, tokens)));
            awaitRelayed();
            trials.add("jdbc secret", VoteStatements.run(stack, secretCeilingBallot, true, withAccounts,
                    CONCURRENT, LOAD));
            awaitRelayed();
            UUID secret = open(true);
            trials.add("secret vote", Wrk.run(votes(base, secret, tokens)));
            trials.add("close", Sample.of(Latencies.once(() -> given().auth().oauth2(moderator)
                    .contentType(ContentType.JSON).body(Map.of("reason", "Benchmark run " + run + " over")).when()
                    .post(app.url("/api/ballots/" + secret + "/closure")).then().statusCode(200))));
            awaitRelayed();
            trials.add("me alone", Sample.latencies(Latencies.each(20, () -> given().auth().oauth2(tokens.get(0))
                    .when().get(app.url("/api/me")).then().statusCode(200))));
            trials.add("standing", Sample.latencies(Latencies.each(20, () -> given().auth().oauth2(tokens.get(0))
                    .when().get(app.url("/api/ballots/" + ballot)).then().statusCode(200))));
            trials.add("engine", engineOnly());
        }

        BenchReport report = new BenchReport("voting", "Voting benchmark",
                """
                        A ballot with %,d eligible voters (US/EU, three stakeholder groups), stakeholder-concurrence rule, on the
                        packaged application (its own process, production profile, `deploy/app/jvm.options`). Load: wrk, %d
                        connections for %d s per run, each request as the next of %,d members with their own Keycloak token.
                        Ceilings: the vote's own SQL statements as raw JDBC transactions from %d clients over the application's
                        pool size of connections, and `GET /api/me` (authenticated, no database) under the same load.
                        """
                        .formatted(VOTERS, CONCURRENT, LOAD.toSeconds(), ACCOUNTS, CONCURRENT));
        report.add("GET /api/me, plain authenticated GET (ceiling)", "requests/s", trials.figure("me"));
        report.add("vote's statements as raw JDBC transactions (ceiling)", "transactions/s",
                trials.figure("jdbc"));
        report.add("secret vote's statements as raw JDBC transactions (ceiling)", "transactions/s",
                trials.figure("jdbc secret"));
        report.add("vote, PUT /api/ballots/{id}/vote", "requests/s", trials.figure("vote"))
                .against("vote's statements as raw JDBC", trials.figure("jdbc"))
                .against("GET /api/me", trials.figure("me"));
        report.add("vote on a secret ballot (sealed into the ballot box)", "requests/s", trials.figure("secret vote"))
                .against("secret vote's statements as raw JDBC", trials.figure("jdbc secret"))
                .against("GET /api/me", trials.figure("me"));
        report.add("GET /api/ballots/mine (a database read)", "requests/s", trials.figure("mine"))
                .against("GET /api/me", trials.figure("me"));
        report.add("GET /api/me, one client (ceiling)", "ms", trials.figure("me alone"));
        report.add("standing, GET /api/ballots/{id} (10,000 eligible read and evaluated), one client", "ms",
                trials.figure("standing")).against("GET /api/me, one client", trials.figure("me alone"))
                .against("rule engine alone", trials.figure("engine"));
        report.add("standing, rule engine alone (10,000 votes, in the benchmark's JVM; ceiling)", "ms",
                trials.figure("engine"));
        report.add("closing a secret ballot (10,000 tags computed, papers opened and counted)", "ms",
                trials.figure("close"));
        report.write();
    }

    private static Wrk.Load votes(URI base, UUID ballot, List<String> tokens) {
        return new Wrk.Load("PUT", base, List.of("/api/ballots/" + ballot + "/vote"), tokens, POSITIONS, CONCURRENT,
                LOAD);
    }

    private UUID open(boolean secret) {
        Map<String, Object> opening = new HashMap<>();
        opening.put("title", "Benchmark ballot");
        opening.put("question", "Benchmark question");
        opening.put("rule", Map.of("preset", "STAKEHOLDER_CONCURRENCE"));
        opening.put("closesAt", Instant.now().plus(Duration.ofDays(1)).toString());
        opening.put("secret", secret);
        return UUID.fromString(given().auth().oauth2(moderator).contentType(ContentType.JSON).body(opening).when()
                .post(app.url("/api/ballots")).then().statusCode(201).extract().path("id"));
    }

    /** Voters straight into voting's read model, as membership's events would have put them. */
    private List<VoteStatements.Voter> seedVoters() throws Exception {
        List<VoteStatements.Voter> voters = new ArrayList<>();
        try (Connection connection = stack.database();
                PreparedStatement voter = connection.prepareStatement("insert into voting.voter (member_id,"
                        + " username, full_name, side, voting_rights, status) values (?, ?, ?, ?, true, 'ACTIVE')");
                PreparedStatement group = connection.prepareStatement("insert into voting.member_group (member_id,"
                        + " group_code) values (?, ?)")) {
            for (int i = 0; i < VOTERS; i++) {
                UUID id = UUID.randomUUID();
                voters.add(new VoteStatements.Voter(id, PREFIX + i));
                voter.setObject(1, id);
                voter.setString(2, PREFIX + i);
                voter.setString(3, "Bench voter " + i);
                voter.setString(4, i % 2 == 0 ? "US" : "EU");
                voter.addBatch();
                group.setObject(1, id);
                group.setString(2, GROUPS[i % GROUPS.length]);
                group.addBatch();
            }
            voter.executeBatch();
            group.executeBatch();
        }
        return voters;
    }

    /** Waits until every vote event is on Kafka, so the relay's work does not spill into the next measure. */
    private void awaitRelayed() {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
            try (Connection connection = stack.database();
                    PreparedStatement statement = connection.prepareStatement(
                            "select count(*) from voting.outbox where sent_at is null and parked_at is null");
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 0;
            }
        });
    }

    private static Sample engineOnly() {
        List<Voter> voters = new ArrayList<>(VOTERS);
        Map<String, Position> votes = new HashMap<>();
        for (int i = 0; i < VOTERS; i++) {
            voters.add(new Voter("m" + i, i % 2 == 0 ? Side.US : Side.EU, GROUPS[i % GROUPS.length], 1));
            votes.put("m" + i, i % 5 == 0 ? Position.DISAPPROVE : Position.APPROVE);
        }
        Rule rule = Rule.preset("STAKEHOLDER_CONCURRENCE");
        return Sample.latencies(Latencies.each(200, () -> RuleEngine.evaluate(rule, voters, votes)));
    }
}
