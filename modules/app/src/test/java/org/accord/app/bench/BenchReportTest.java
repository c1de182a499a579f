package org.accord.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What `make bench` reports: medians of three runs without the warm-up, ratios to ceilings, goals, merged JSON. */
class BenchReportTest {

    @TempDir
    Path directory;

    @BeforeEach
    void reportHere() {
        System.setProperty("accord.bench.dir", directory.toString());
        System.setProperty("accord.bench.commit", "abc1234");
    }

    @AfterEach
    void forget() {
        System.clearProperty("accord.bench.dir");
        System.clearProperty("accord.bench.commit");
    }

    @Test
    void aFigure_isTheMedianOfTheRuns_andTheWarmUpCountsForNothing() {
        Trials trials = new Trials();
        trials.add("votes", new Sample(1, 900.0, 9000.0, 0.5));
        trials.add("votes", new Sample(300, 10.0, 50.0, 0.1));
        trials.add("votes", new Sample(100, 30.0, 70.0, 0.3));
        trials.add("votes", new Sample(200, 20.0, 60.0, 0.2));

        Trials.Figure figure = trials.figure("votes");

        assertThat(figure.value()).isEqualTo(200);
        assertThat(figure.min()).isEqualTo(100);
        assertThat(figure.max()).isEqualTo(300);
        assertThat(figure.p50()).isEqualTo(20.0);
        assertThat(figure.p99()).isEqualTo(60.0);
        assertThat(figure.generatorCpu()).isEqualTo(0.2);
        assertThat(figure.warmUp().value()).isEqualTo(1);
        assertThat(figure.values()).containsExactly(300.0, 100.0, 200.0);
    }

    @Test
    void aMeasureWithoutEveryRun_isRefused() {
        Trials trials = new Trials();
        trials.add("votes", Sample.of(1));
        trials.add("votes", Sample.of(2));

        assertThatThrownBy(() -> trials.figure("votes")).hasMessageContaining("expected a warm-up and 3 runs");
    }

    @Test
    void records_carryRatiosToEveryCeiling_theGoal_andWhetherItWasMet() throws Exception {
        BenchReport report = new BenchReport("voting", "Voting", "A test.");
        report.add("vote", "requests/s", figure(400, 100)).against("raw JDBC", figure(800, 50))
                .against("GET /api/me", figure(5000, 20)).goal(BenchReport.Goal.atLeast("ratio", 0.6, "#0"));
        report.add("standing", "ms", figure(40, 80)).goal(BenchReport.Goal.atMost("p99", 100, "#0"));
        report.write();

        JsonNode records = new ObjectMapper().readTree(directory.resolve("results.json").toFile());
        JsonNode vote = records.get(0);
        assertThat(vote.get("group").asText()).isEqualTo("voting");
        assertThat(vote.get("value").asDouble()).isEqualTo(400);
        assertThat(vote.get("ceiling").asText()).isEqualTo("raw JDBC");
        assertThat(vote.get("ratio").asDouble()).isEqualTo(0.5);
        assertThat(vote.get("p99Ratio").asDouble()).isEqualTo(2.0);
        assertThat(vote.get("comparisons").get(1).get("ratio").asDouble()).isEqualTo(0.08);
        assertThat(vote.get("goal").get("bound").asDouble()).isEqualTo(0.6);
        assertThat(vote.get("met").asBoolean()).isFalse();
        assertThat(vote.get("commit").asText()).isEqualTo("abc1234");
        assertThat(vote.get("date").asText()).isNotBlank();
        assertThat(vote.get("runs")).hasSize(3);
        assertThat(vote.get("warmUp").get("value").asDouble()).isEqualTo(1);
        assertThat(records.get(1).get("met").asBoolean()).isTrue();
        assertThat(Files.readString(directory.resolve("voting.md"))).contains("| vote | requests/s | 400 |",
                "**no**");
    }

    @Test
    void aMeasureWithSeveralGoals_meetsThemOnlyWhenItMeetsEveryOne() throws Exception {
        BenchReport report = new BenchReport("review", "Review", "A test.");
        report.add("round page", "ms", figure(300, 900)).against("standard page", figure(200, 300))
                .goal(BenchReport.Goal.atMost("ratio", 2, "#0")).goal(BenchReport.Goal.atMost("p99Ratio", 2, "#0"));
        report.add("report", "ms", figure(300, 500)).against("standard page", figure(200, 300))
                .goal(BenchReport.Goal.atMost("ratio", 2, "#0")).goal(BenchReport.Goal.atMost("p99Ratio", 2, "#0"));
        report.write();

        JsonNode records = new ObjectMapper().readTree(directory.resolve("results.json").toFile());
        JsonNode roundPage = records.get(0);
        assertThat(roundPage.get("goal").get("on").asText()).isEqualTo("ratio");
        assertThat(roundPage.get("goals")).hasSize(2);
        assertThat(roundPage.get("goalText").asText()).isEqualTo("ratio ≤ 2.00× (#0); p99 ratio ≤ 2.00× (#0)");
        assertThat(roundPage.get("met").asBoolean()).isFalse();
        assertThat(records.get(1).get("met").asBoolean()).isTrue();
    }

    @Test
    void aGroupRunAlone_replacesOnlyItsOwnRecords() throws Exception {
        BenchReport first = new BenchReport("voting", "Voting", "");
        first.add("vote", "requests/s", figure(400, 100));
        first.write();
        BenchReport other = new BenchReport("outbox", "Outbox", "");
        other.add("relay", "events/s", figure(900, 10));
        other.write();
        BenchReport again = new BenchReport("voting", "Voting", "");
        again.add("vote", "requests/s", figure(500, 100));
        again.write();

        JsonNode records = new ObjectMapper().readTree(directory.resolve("results.json").toFile());
        assertThat(records).hasSize(2);
        assertThat(List.of(records.get(0).get("group").asText(), records.get(1).get("group").asText()))
                .containsExactly("outbox", "voting");
        assertThat(records.get(1).get("value").asDouble()).isEqualTo(500);
        assertThat(Files.readString(directory.resolve("results.md"))).contains("| outbox | relay |",
                "| voting | vote |");
    }

    /** Three runs with this median value and p99 around a warm-up of 1. */
    private static Trials.Figure figure(double value, double p99) {
        Trials trials = new Trials();
        trials.add("x", new Sample(1, 1.0, 1.0, null));
        trials.add("x", new Sample(value * 0.9, p99 / 2, p99 * 0.9, null));
        trials.add("x", new Sample(value, p99 / 2, p99, null));
        trials.add("x", new Sample(value * 1.1, p99 / 2, p99 * 1.1, null));
        return trials.figure("x");
    }
}
