package org.accord.app.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.app.paging.Pages;
import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.StandardQueries;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.persistence.StandardChangeEntity;
import org.accord.testing.AccordTestStack;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;

/**
 * `make bench BENCH=paging`: a standard with 100,000 history entries. The first page, a page 90,000 entries deep and
 * reading the whole history in one query (what the API did before it paged, and the history page still does); p50 and
 * p99, and the rows each read loads.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
@Tag("paging")
class ListPagingBenchmark {

    private static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));
    private static final int ENTRIES = 100_000;

    @Inject
    StandardsAdministration standards;
    @Inject
    StandardQueries queries;
    @Inject
    DataSource dataSource;
    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void aPage_costsTheSameAtAnyDepth() throws Exception {
        UUID id = standards.create(EDITOR, "P" + UUID.randomUUID().toString().substring(0, 8), "Paging benchmark",
                "Generated", List.of());
        generateHistory(id);
        String first = "/api/standards/" + id + "/history?limit=50";
        String deep = deepPage(first.replace("limit=50", "limit=500"), 180).replaceFirst("limit=500", "limit=50");
        Runnable firstPage = () -> given().when().get(first).then().statusCode(200);
        Runnable deepPage = () -> given().when().get(deep).then().statusCode(200);
        Runnable whole = () -> queries.history(id);

        Trials trials = new Trials();
        for (int run : Trials.runs()) {
            trials.add("first", Sample.latencies(Latencies.each(20, firstPage)));
            trials.add("deep", Sample.latencies(Latencies.each(20, deepPage)));
            trials.add("whole", Sample.latencies(Latencies.each(20, whole)));
            trials.add("first rows", Sample.of(rowsLoaded(firstPage)));
            trials.add("deep rows", Sample.of(rowsLoaded(deepPage)));
            trials.add("whole rows", Sample.of(rowsLoaded(whole)));
        }
        BenchReport report = new BenchReport("paging", "Paging benchmark", """
                One standard with %,d history entries, in the test's application (one client). Page = GET of 50 entries
                of `/api/standards/{id}/history`; whole = the whole history read in one query and mapped (what the list
                endpoint did before it paged). Ceiling: the first page.
                """.formatted(ENTRIES));
        Trials.Figure firstFigure = trials.figure("first");
        Trials.Figure firstRows = trials.figure("first rows");
        report.add("first page (ceiling)", "ms", firstFigure);
        report.add("page 90,000 entries deep", "ms", trials.figure("deep")).against("first page", firstFigure);
        report.add("whole history in one query", "ms", trials.figure("whole")).against("first page", firstFigure);
        report.add("rows loaded by the first page", "rows", firstRows);
        report.add("rows loaded by the page 90,000 entries deep", "rows", trials.figure("deep rows"))
                .against("rows of the first page", firstRows);
        report.add("rows loaded by the whole history", "rows", trials.figure("whole rows"))
                .against("rows of the first page", firstRows);
        report.write();
    }

    /** The history rows one call of {@code action} loads, counted by Hibernate. */
    private long rowsLoaded(Runnable action) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        action.run();
        return statistics.getEntityStatistics(StandardChangeEntity.class.getName()).getLoadCount();
    }

    private void generateHistory(UUID id) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("insert into drafting.standard_change (id, standard_id,"
                        + " kind, params, actor, at) select gen_random_uuid(), ?, 'ClauseRevised',"
                        + " jsonb_build_object('heading', 'Clause ' || n, 'revision', '2', 'answered', '0'), 'eli',"
                        + " now() - n * interval '1 second' from generate_series(1, ?) n")) {
            statement.setObject(1, id);
            statement.setInt(2, ENTRIES);
            statement.executeUpdate();
        }
    }

    /** The URL of the page after {@code pages} pages, following the links. */
    private static String deepPage(String url, int pages) {
        String next = url;
        for (int i = 0; i < pages; i++) {
            Response page = given().when().get(next).then().statusCode(200).extract().response();
            next = Pages.next(page);
        }
        return next;
    }
}
