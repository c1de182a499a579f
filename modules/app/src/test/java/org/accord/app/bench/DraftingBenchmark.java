package org.accord.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.app.SentStatements;
import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.DraftingViews;
import org.accord.drafting.internal.app.StandardQueries;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.drafting.internal.domain.ClauseKind;
import org.accord.platform.text.SafeMarkdown;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;

/**
 * `make bench BENCH=drafting`: standards of 250, 1,000 and 4,000 generated clauses. The standard page, a version's page
 * and exports, publishing and diffing, each against the HTML render of the same version; the cost per clause, and the
 * statements one page render sends to the database.
 */
@Tag("drafting")
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class DraftingBenchmark {

    private static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));
    private static final int[] SIZES = {250, 1_000, 4_000};
    private static final String PARAGRAPH = "Developers shall publish the **weights** and the code used to train"
            + " them under an open licence, together with a description of the training data detailed enough for a"
            + " skilled person to build a substantially equivalent dataset. Where data cannot be shared, the reason"
            + " shall be stated.";

    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    VersionPublishing versions;
    @Inject
    StandardQueries queries;

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void rendersExportsPublishAndDiff_againstTheHtmlRenderOfTheVersion() throws Exception {
        BenchReport report = new BenchReport("drafting", "Drafting benchmark", """
                Generated standards (sections of ten clauses, one paragraph of Markdown each), in the test's
                application (one client, no concurrent load). Page = GET of the standard's HTML page; version page,
                JSON and Markdown export = GETs of a published draft version; publish = freezing a draft version; diff
                = GET of the redline between two versions where 10% of the clauses changed. Ceiling: the HTML render of
                the same version, every clause's Markdown rendered and sanitised in the same JVM, without database,
                template or HTTP.
                """);
        Trials.Figure perClauseSmallest = null;
        Trials.Figure statementsSmallest = null;
        for (int size : SIZES) {
            Trials trials = new Trials();
            UUID id = generate(size);
            int rounds = size >= 4_000 ? 5 : 10;
            UUID from = versions.publish(EDITOR, id);
            changeEveryTenth(id);
            UUID to = versions.publish(EDITOR, id);
            List<String> texts = queries.version(id, to).clauses().stream().map(DraftingViews.ClauseView::text)
                    .toList();
            String version = "/standards/" + id + "/versions/" + to;
            String json = "/api/standards/" + id + "/versions/" + to;
            for (int run : Trials.runs()) {
                trials.add("html", series(rounds, () -> texts.forEach(SafeMarkdown::toHtml)));
                Sample page = trials.add("page", series(rounds, () -> get("/standards/" + id)));
                trials.add("per clause", Sample.of(page.value() * 1000 / size));
                trials.add("statements", Sample.of(SentStatements.ofPage("/standards/" + id).size()));
                trials.add("version", series(rounds, () -> get(version)));
                trials.add("json", series(rounds, () -> get(json)));
                trials.add("markdown", series(rounds, () -> get(json + "/markdown")));
                trials.add("diff", series(rounds, () -> given().queryParam("from", from).queryParam("to", to)
                        .when().get("/api/standards/" + id + "/diff").then().statusCode(200)));
                trials.add("publish", series(rounds, () -> versions.publish(EDITOR, id)));
            }
            String of = " (%,d clauses)".formatted(size);
            Trials.Figure html = trials.figure("html");
            report.add("HTML render of the version" + of + " (ceiling)", "ms", html);
            report.add("standard page" + of, "ms", trials.figure("page")).against("HTML render", html);
            report.add("version page" + of, "ms", trials.figure("version")).against("HTML render", html);
            report.add("JSON export" + of, "ms", trials.figure("json")).against("HTML render", html);
            report.add("Markdown export" + of, "ms", trials.figure("markdown")).against("HTML render", html);
            report.add("diff, 10% of clauses changed" + of, "ms", trials.figure("diff")).against("HTML render", html);
            report.add("publish a draft version" + of, "ms", trials.figure("publish"));
            Trials.Figure perClause = trials.figure("per clause");
            Trials.Figure statements = trials.figure("statements");
            if (perClauseSmallest == null) {
                perClauseSmallest = perClause;
                statementsSmallest = statements;
                report.add("standard page, cost per clause" + of, "µs", perClause);
                report.add("statements one standard page sends" + of, "statements", statements);
            } else {
                report.add("standard page, cost per clause" + of, "µs", perClause)
                        .against("cost per clause at %,d clauses".formatted(SIZES[0]), perClauseSmallest)
                        .goal(BenchReport.Goal.atMost("ratio", 2, "#4: close to linear; bound set by #16"));
                report.add("statements one standard page sends" + of, "statements", statements)
                        .against("statements at %,d clauses".formatted(SIZES[0]), statementsSmallest)
                        .goal(BenchReport.Goal.atMost("ratio", 1, "#4: no query per clause"));
            }
        }
        report.write();
    }

    private static Sample series(int rounds, Runnable action) {
        return Sample.latencies(Latencies.each(rounds, action));
    }

    private static void get(String path) {
        given().when().get(path).then().statusCode(200);
    }

    private UUID generate(int size) {
        UUID id = standards.create(EDITOR, "B" + UUID.randomUUID().toString().substring(0, 8), "Benchmark " + size,
                "Generated", List.of());
        List<ClauseEditing.NewClause> clauses = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        UUID section = null;
        for (int i = 0; i < size; i++) {
            UUID clauseId = UUID.randomUUID();
            boolean opensSection = i % 10 == 0;
            clauses.add(new ClauseEditing.NewClause(opensSection ? null : section,
                    opensSection ? ClauseKind.SECTION : ClauseKind.CLAUSE, "Clause " + i, PARAGRAPH));
            ids.add(clauseId);
            if (opensSection) {
                section = clauseId;
            }
        }
        editing.append(EDITOR, id, clauses, ids);
        return id;
    }

    private void changeEveryTenth(UUID id) {
        List<DraftingViews.ClauseView> clauses = queries.standard(id, EDITOR).clauses();
        for (int i = 5; i < clauses.size(); i += 10) {
            DraftingViews.ClauseView clause = clauses.get(i);
            editing.revise(EDITOR, id, clause.id(), clause.revisionId(), clause.heading(),
                    clause.text().replace("open licence", "open licence approved by the working group"), "Bench");
        }
    }
}
