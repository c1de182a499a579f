package org.accord.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.DraftingViews;
import org.accord.drafting.internal.app.StandardQueries;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.drafting.internal.domain.ClauseKind;
import org.accord.testing.AccordTestStack;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;

/**
 * `make bench`: standards of 250, 1,000 and 4,000 generated clauses. Rendering the standard page, publishing a draft
 * version, and diffing two versions where 10% of the clauses changed; p50 and p99 per size, the cost per clause, and
 * the statements one page render sends to the database.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class DraftingBenchmark {

    private static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));
    private static final int[] SIZES = {250, 1_000, 4_000};
    private static final Path REPORT = Path.of("target/bench/drafting.md");
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
    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void standardPagePublishAndDiff_growLinearly() throws Exception {
        StringBuilder report = new StringBuilder(
                """
                        # Drafting benchmark

                        Generated standards (sections of ten clauses, one paragraph of Markdown each). Page = GET of the
                        standard's HTML page (every clause numbered and rendered from Markdown); publish = freezing a draft
                        version; diff = GET of the redline between two versions where 10% of the clauses changed.

                        | clauses | page p50 / p99 (ms) | publish p50 / p99 (ms) | diff p50 / p99 (ms) | page µs per clause | statements per page |
                        |---|---|---|---|---|---|
                        """);
        for (int size : SIZES) {
            UUID id = generate(size);
            int rounds = size >= 4_000 ? 5 : 10;
            given().when().get("/standards/" + id).then().statusCode(200);
            var statistics = sessionFactory.getStatistics();
            statistics.clear();
            given().when().get("/standards/" + id).then().statusCode(200);
            long statements = statistics.getPrepareStatementCount();
            double[] page = Latencies.of(rounds, () -> given().when().get("/standards/" + id).then().statusCode(200));
            double[] publish = Latencies.of(rounds, () -> versions.publish(EDITOR, id));
            UUID from = versions.publish(EDITOR, id);
            changeEveryTenth(id);
            UUID to = versions.publish(EDITOR, id);
            double[] diff = Latencies.of(rounds, () -> given().queryParam("from", from).queryParam("to", to).when()
                    .get("/api/standards/" + id + "/diff").then().statusCode(200));
            report.append("| %,d | %.0f / %.0f | %.0f / %.0f | %.0f / %.0f | %.0f | %d |%n".formatted(size, page[0],
                    page[1], publish[0], publish[1], diff[0], diff[1], page[0] * 1000 / size, statements));
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
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
