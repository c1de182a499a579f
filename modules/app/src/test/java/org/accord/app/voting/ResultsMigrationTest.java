package org.accord.app.voting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;
import static org.accord.app.voting.LocalizedPages.between;
import static org.accord.app.voting.LocalizedPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The migration that stops storing English results: voting's migrations run in a schema of their own up to the one
 * before it, rows are written as the earlier code wrote them, the migration runs, and the rows it leaves are shown in
 * English, French and German.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class ResultsMigrationTest {

    private static final String[] BEFORE = {"V2026_11_28_50__voting.sql",
            "V2026_12_01_50__secret_ballots_and_voted_text.sql"};
    private static final String MIGRATION = "V2026_12_32_50__results_worded_when_shown.sql";
    private static final String ISO_DIS = "{\"name\":\"ISO DIS approval\",\"threshold\":{\"numerator\":2,"
            + "\"denominator\":3},\"comparison\":\"AT_LEAST\",\"denominator\":\"VOTES_CAST\",\"disapprovalCap\":"
            + "{\"numerator\":1,\"denominator\":4},\"quorum\":null,\"concurrence\":\"NONE\"}";
    private static final String OLD_SUMMARY = "Does not pass yet: 1 more approval needed overall";
    private static final String OLD_EXPLANATION = "overall: 2 of 3 votes cast approve (66.7%); needs at least 2/3;"
            + " 1 of 3 votes cast disapprove (33.3%), more than the 1/4 allowed — 1 more approval needed";

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "mo", roles = "member")
    void storedEnglishResults_becomeCodes_andAreShownInEachLanguage() throws Exception {
        String schema = "voting_before_" + UUID.randomUUID().toString().substring(0, 8);
        UUID version = UUID.randomUUID();
        UUID byClock = UUID.randomUUID();
        UUID byModerator = UUID.randomUUID();
        String reference = "MIG-" + version.toString().substring(0, 6);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String script : BEFORE) {
                sql.execute(inSchema(script, schema));
            }
            sql.execute("insert into " + schema + ".draft_version (id, standard_id, reference, title, label,"
                    + " published_at, content_hash) values ('" + version + "', gen_random_uuid(), '" + reference
                    + "', 'Migrated', 'CD 1', now(), 'abc123')");
            sql.execute(closedBallot(schema, byClock, "'Approval of " + reference + " CD 1'", "'" + version + "'",
                    "null", "'the ballot''s clock'", "'Closing time reached'", false, OLD_SUMMARY));
            tally(sql, schema, byClock, 0, "overall", 4, 2, 1, 3);
            tally(sql, schema, byClock, 1, "US", 2, 1, 0, 1);
            tally(sql, schema, byClock, 2, "EU", 2, 1, 1, 2);
            tally(sql, schema, byClock, 3, "ACADEMIA", 4, 2, 1, 3);
            sql.execute("insert into " + schema + ".ballot_check (ballot_id, ordinal, scope, holds, explanation)"
                    + " values ('" + byClock + "', 0, 'overall', false, '" + OLD_EXPLANATION + "')");
            sql.execute(closedBallot(schema, byModerator, "'Budget 2027'", "null", "'Shall we adopt it?'", "'mo'",
                    "'Everyone voted'", true, "Passes"));
            tally(sql, schema, byModerator, 0, "overall", 2, 2, 0, 2);

            sql.execute(inSchema(MIGRATION, schema));

            assertThat(single(sql, "select count(*) from information_schema.columns where table_schema = '" + schema
                    + "' and column_name in ('summary', 'explanation')")).as("the prose columns are gone")
                    .isEqualTo("0");
            assertThat(row(sql, schema, byClock)).containsExactly(null, null, null);
            assertThat(row(sql, schema, byModerator)).containsExactly("Budget 2027", "mo", "Everyone voted");

            for (String table : new String[]{"draft_version", "ballot", "ballot_tally", "ballot_check"}) {
                sql.execute("insert into voting." + table + " select * from " + schema + "." + table);
            }
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("drop schema if exists " + schema + " cascade");
            }
        }

        Map<String, String[]> expected = Map.of(
                "en", new String[]{"Approval of " + reference + " CD 1", OLD_SUMMARY,
                        "Overall: " + OLD_EXPLANATION.substring("overall: ".length()),
                        "Closed by the ballot&#39;s clock at its closing time.", "Academia"},
                "fr", new String[]{"Approbation de " + reference + " CD 1",
                        "Pas encore adopté\u00a0: il manque 1 approbation dans l’ensemble", "Ensemble\u00a0:"
                                + " approbations\u00a0: 2 sur 3 suffrages exprimés (66,7\u00a0%)\u00a0; il faut au"
                                + " moins 2/3\u00a0; désapprobations\u00a0: 1 sur 3 suffrages exprimés (33,3\u00a0%),"
                                + " au-delà des 1/4 admis — il manque 1 approbation",
                        "Clos automatiquement à l’heure de clôture prévue.", "Milieu universitaire"},
                "de", new String[]{"Annahme von " + reference + " CD 1",
                        "Noch nicht angenommen: insgesamt fehlt 1 Zustimmung", "Gesamt: Zustimmungen: 2 von 3"
                                + " abgegebenen Stimmen (66,7\u00a0%); erforderlich sind mindestens 2/3; Ablehnungen:"
                                + " 1 von 3 abgegebenen Stimmen (33,3\u00a0%), mehr als die zulässigen 1/4 — 1 weitere"
                                + " Zustimmung nötig",
                        "Automatisch zur festgelegten Endzeit beendet.", "Wissenschaft"});
        expected.forEach((language, words) -> {
            String html = page("/ballots/" + byClock, language);
            assertThat(between(html, "<h1>", "</h1>")).isEqualTo(words[0]);
            assertThat(between(html, "<p id=\"result-summary\">", "</p>")).isEqualTo(words[1]);
            assertThat(between(html, "<li class=\"blocks\" data-scope=\"overall\">", "</li>")).isEqualTo(words[2]);
            assertThat(between(html, "<p id=\"closed-by\">", "</p>")).isEqualTo(words[3]);
            assertThat(between(html, "<tr data-scope=\"ACADEMIA\"><th scope=\"row\">", "</th>")).isEqualTo(words[4]);
        });
        given().when().get("/api/ballots/" + byClock).then().statusCode(200)
                .body("title", equalTo("Approval of " + reference + " CD 1")).body("summary", equalTo(OLD_SUMMARY))
                .body("closedByClock", equalTo(true)).body("closedBy", nullValue());
        assertThat(between(page("/ballots/" + byModerator, "fr"), "<p id=\"closed-by\">", "</p>"))
                .isEqualTo("Clos par mo\u00a0: <q>Everyone voted</q>");
    }

    /** A voting migration as it would run in {@code schema} instead of {@code voting}. */
    private static String inSchema(String script, String schema) throws IOException {
        try (InputStream in = ResultsMigrationTest.class.getClassLoader()
                .getResourceAsStream("db/migration/voting/" + script)) {
            assertThat(in).as(script).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Pattern.compile("\\bvoting\\.").matcher(text.replace("'voting'", "'" + schema + "'"))
                    .replaceAll(Matcher.quoteReplacement(schema + "."));
        }
    }

    /** A closed roll-call ballot as the code before the migration stored it, summary in English. */
    private static String closedBallot(String schema, UUID id, String title, String version, String question,
            String closedBy, String reason, boolean passed, String summary) {
        return "insert into " + schema + ".ballot (id, title, draft_version_id, question, instructions, rule, secret,"
                + " opens_at, closes_at, status, created_by, created_at, closed_at, closed_by, close_reason, passed,"
                + " summary, version, opened_at, content_hash) values ('" + id + "', " + title + ", " + version + ", "
                + question
                + ", '', '" + ISO_DIS + "', false, now() - interval '2 days', now() - interval '1 day', 'CLOSED', 'mo',"
                + " now() - interval '2 days', now() - interval '1 day', " + closedBy + ", " + reason + ", " + passed
                + ", '" + summary + "', 1, now() - interval '2 days', " + ("null".equals(version) ? "null" : "'abc123'")
                + ")";
    }

    private static void tally(Statement sql, String schema, UUID ballot, int ordinal, String scope, int eligible,
            int approve, int disapprove, int voted) throws SQLException {
        sql.execute("insert into " + schema + ".ballot_tally (ballot_id, ordinal, scope, eligible, approve,"
                + " approve_with_comments, disapprove, abstain, voted, withheld) values ('" + ballot + "', " + ordinal
                + ", '" + scope + "', " + eligible + ", " + approve + ", 0, " + disapprove + ", 0, " + voted
                + ", false)");
    }

    private static String[] row(Statement sql, String schema, UUID ballot) throws SQLException {
        try (ResultSet rows = sql.executeQuery("select title, closed_by, close_reason from "
                + schema + ".ballot where id = '" + ballot + "'")) {
            assertThat(rows.next()).isTrue();
            return new String[]{rows.getString(1), rows.getString(2), rows.getString(3)};
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
