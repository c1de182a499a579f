package org.accord.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.BallotQueries;
import org.accord.voting.internal.app.RuleSpec;
import org.accord.voting.internal.domain.Position;
import org.accord.voting.internal.domain.Rule;
import org.accord.voting.internal.domain.RuleEngine;
import org.accord.voting.internal.domain.Side;
import org.accord.voting.internal.domain.Voter;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/**
 * `make bench`: a ballot with 10,000 eligible voters. The cost of computing its standing (the rule engine alone, and
 * the whole read with the database), and vote submissions through the API while 200 simulated voters vote at once, next
 * to a plain authenticated GET measured the same way in the same run.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class VotingBenchmark {

    private static final int VOTERS = 10_000;
    private static final int CONCURRENT = 200;
    private static final int REQUESTS = 4_000;
    private static final Path REPORT = Path.of("target/bench/voting.md");
    private static final String[] GROUPS = {"INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY"};

    @Inject
    DataSource dataSource;
    @Inject
    BallotAdministration administration;
    @Inject
    BallotQueries queries;

    @Test
    void tenThousandVoters_standingAndConcurrentVotes() throws Exception {
        String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        seedVoters(prefix);
        UUID ballot = administration.open(new BallotAdministration.Opening("Benchmark ballot", null,
                "Benchmark question", new RuleSpec("STAKEHOLDER_CONCURRENCE", null, null, null, null, null, null),
                null, Instant.now().plus(Duration.ofDays(1)), false, ""), "mo");

        double[] engine = engineOnly();
        double[] get = load(i -> given().header(BenchUsers.HEADER, prefix + (i % VOTERS)).when()
                .get("/api/ballots/mine").then().statusCode(200));
        double[] votes = load(i -> given().header(BenchUsers.HEADER, prefix + (i % VOTERS))
                .contentType(ContentType.JSON).body(Map.of("position", i % 4 == 0 ? "ABSTAIN" : "APPROVE")).when()
                .put("/api/ballots/" + ballot + "/vote").then().statusCode(200));
        double[] standing = Latencies.of(10, () -> queries.ballot(ballot, prefix + "0"));

        UUID secret = administration.open(new BallotAdministration.Opening("Secret benchmark ballot", null,
                "Benchmark question", new RuleSpec("STAKEHOLDER_CONCURRENCE", null, null, null, null, null, null),
                null, Instant.now().plus(Duration.ofDays(1)), true, ""), "mo");
        double[] secretVotes = load(i -> given().header(BenchUsers.HEADER, prefix + (i % VOTERS))
                .contentType(ContentType.JSON).body(Map.of("position", i % 4 == 0 ? "ABSTAIN" : "APPROVE")).when()
                .put("/api/ballots/" + secret + "/vote").then().statusCode(200));
        long closing = System.nanoTime();
        administration.close(secret, "Benchmark over", "mo");
        double closeMillis = (System.nanoTime() - closing) / 1e6;

        String report = """
                # Voting benchmark

                A ballot with %,d eligible voters (US/EU, three stakeholder groups), stakeholder-concurrence rule.
                %,d requests per load run, %d concurrent simulated voters.

                | measure | p50 (ms) | p99 (ms) | throughput (requests/s) |
                |---|---|---|---|
                | standing, rule engine alone (10,000 votes) | %.2f | %.2f | – |
                | standing, read from the database and evaluated | %.1f | %.1f | – |
                | plain authenticated GET (baseline) | %.1f | %.1f | %,.0f |
                | vote submission (PUT /api/ballots/{id}/vote) | %.1f | %.1f | %,.0f |
                | vote submission, secret ballot (sealed into the ballot box) | %.1f | %.1f | %,.0f |

                Closing the secret ballot (every eligible voter's tag computed, %,d papers opened, counted, written
                without their tags, box and key deleted): %,.0f ms.
                """.formatted(VOTERS, REQUESTS, CONCURRENT, engine[0], engine[1], standing[0], standing[1], get[0],
                get[1], get[2], votes[0], votes[1], votes[2], secretVotes[0], secretVotes[1], secretVotes[2],
                Math.min(REQUESTS, VOTERS), closeMillis);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
    }

    private void seedVoters(String prefix) throws Exception {
        try (var connection = dataSource.getConnection();
                var voter = connection.prepareStatement("insert into voting.voter (member_id, username, full_name,"
                        + " side, voting_rights, status) values (?, ?, ?, ?, true, 'ACTIVE')");
                var group = connection.prepareStatement("insert into voting.member_group (member_id, group_code)"
                        + " values (?, ?)")) {
            for (int i = 0; i < VOTERS; i++) {
                UUID id = UUID.randomUUID();
                voter.setObject(1, id);
                voter.setString(2, prefix + i);
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
    }

    private static double[] engineOnly() {
        List<Voter> voters = new ArrayList<>(VOTERS);
        Map<String, Position> votes = new HashMap<>();
        for (int i = 0; i < VOTERS; i++) {
            voters.add(new Voter("m" + i, i % 2 == 0 ? Side.US : Side.EU, GROUPS[i % GROUPS.length], 1));
            votes.put("m" + i, i % 5 == 0 ? Position.DISAPPROVE : Position.APPROVE);
        }
        Rule rule = Rule.preset("STAKEHOLDER_CONCURRENCE");
        for (int i = 0; i < 20; i++) {
            RuleEngine.evaluate(rule, voters, votes);
        }
        return Latencies.of(200, () -> RuleEngine.evaluate(rule, voters, votes));
    }

    /** @return p50 ms, p99 ms, requests per second */
    private static double[] load(java.util.function.IntConsumer request) throws Exception {
        for (int i = 0; i < 200; i++) {
            request.accept(i);
        }
        double[] latencies = new double[REQUESTS];
        AtomicInteger next = new AtomicInteger();
        ExecutorService voters = Executors.newFixedThreadPool(CONCURRENT);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < CONCURRENT; w++) {
                workers.add(voters.submit(() -> {
                    for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        request.accept(i);
                        latencies[i] = (System.nanoTime() - begin) / 1e6;
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            voters.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        return new double[]{latencies[REQUESTS / 2], latencies[(int) (REQUESTS * 0.99)], REQUESTS / seconds};
    }
}
