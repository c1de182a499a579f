package org.accord.app.stakeholders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.membership.internal.app.Admission;
import org.accord.membership.internal.app.Admissions;
import org.accord.platform.i18n.Text;
import org.accord.stakeholders.api.GroupLabels;
import org.accord.stakeholders.internal.app.GroupQueries;
import org.accord.stakeholders.internal.app.GroupsAdministration;
import org.accord.stakeholders.internal.domain.BalanceRuleKind;
import org.accord.stakeholders.internal.domain.BalanceWords;
import org.accord.stakeholders.internal.domain.Breach;
import org.accord.stakeholders.internal.persistence.BreachesColumn;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The stakeholder pages, refusals and balance alerts in English, French and German: group and side names, the chart's
 * text alternative and data table, alerts stored as codes and said in each reader's language, and the migration that
 * turned the English sentences stored before into codes.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class StakeholdersInEveryLanguageTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String NBSP = "\u00a0";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    /** Codes a person must never read on a page, only find in attributes. */
    private static final List<String> RAW_CODES = List.of("INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY", "OBSERVER",
            "MAX_GROUP_SHARE", "MIN_SIDE_SHARE");

    @Inject
    Admissions admissions;
    @Inject
    GroupsAdministration groupsAdministration;
    @Inject
    GroupQueries queries;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @Test
    @TestSecurity(user = "eva", roles = "member")
    void balancePage_inFrenchAndGerman_namesGroupsAndSides_andGivesTheChartATextAlternativeAndATable() {
        admit("ACADEMIA", "EU", true);
        await().atMost(EVENTUALLY).until(this::caughtUp);

        String french = page("/balance", "fr");
        assertThat(french).contains("lang=\"fr\"", "<h1>Équilibre du groupe de travail</h1>",
                "role=\"img\" aria-labelledby=\"balance-chart-title balance-chart-desc\"",
                "<title id=\"balance-chart-title\">Membres votants par groupe de parties prenantes et par délégation",
                "<desc id=\"balance-chart-desc\">Membres votants au total" + NBSP + ":",
                "<figcaption>Chaque barre représente", "id=\"balance-chart-data\"",
                "<caption>Membres votants par groupe de parties prenantes",
                "<tr data-group=\"ACADEMIA\"><th scope=\"row\">Milieu universitaire</th>",
                "data-side=\"EU\">UE</th>", "data-side=\"US\">États-Unis</th>", "Société civile");
        assertThat(french).containsPattern("<td class=\"number\">[0-9]+,[0-9]" + NBSP + "%</td>");
        assertNoRawCodeOrEnglish(french, "voting members", "Balance of the working group");
        assertThat(visibleText(french)).doesNotContainPattern("\\bUS\\b");

        String german = page("/balance", "de-DE,de;q=0.9");
        assertThat(german).contains("lang=\"de\"", "<h1>Ausgewogenheit der Arbeitsgruppe</h1>",
                "<title id=\"balance-chart-title\">Stimmberechtigte Mitglieder nach Interessengruppe und Delegation",
                "<desc id=\"balance-chart-desc\">Stimmberechtigte Mitglieder insgesamt:", "id=\"balance-chart-data\"",
                "<th scope=\"row\">Wissenschaft</th>", "Zivilgesellschaft", "data-side=\"US\">USA</th>",
                "data-side=\"OBSERVER\">Beobachter</th>");
        assertNoRawCodeOrEnglish(german, "voting members", "Balance of the working group");
        assertThat(visibleText(german)).doesNotContainPattern("\\bUS\\b");
    }

    @Test
    @TestSecurity(user = "eva", roles = "member")
    void groupPages_inFrenchAndGerman_nameGroupsAndSidesInTheReadersLanguage() {
        admit("ACADEMIA", "EU", true);
        await().atMost(EVENTUALLY).until(this::caughtUp);

        String groups = page("/groups", "fr");
        assertThat(groups).contains("<h1>Groupes de parties prenantes</h1>", ">Société civile</a>",
                ">Milieu universitaire</a>", ">Industrie</a>");
        assertNoRawCodeOrEnglish(groups, "Voting members", "Stakeholder groups");
        for (Locale language : List.of(Locale.FRENCH, Locale.GERMAN)) {
            List<String> listed = activeGroupsListed(page("/groups", language.getLanguage()));
            assertThat(listed).as("the active groups in " + language).hasSizeGreaterThanOrEqualTo(3)
                    .isSortedAccordingTo(Collator.getInstance(language)::compare);
        }

        String academia = given().cookie("accord-language", "de").when().get("/groups/ACADEMIA").then()
                .statusCode(200).extract().asString();
        assertThat(academia).contains("<h1>Wissenschaft", "<th scope=\"col\">Delegation</th>",
                "<td data-side=\"EU\">EU</td>");
        assertNoRawCodeOrEnglish(academia, "Voting rights", "Side");
        assertThat(page("/groups/ACADEMIA", "fr")).contains("<td data-side=\"EU\">UE</td>");
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void balanceAlert_isStoredAsCodes_andEachReaderReadsItInTheirLanguage() throws Exception {
        admit("INDUSTRY", "US", true);
        await().atMost(EVENTUALLY).until(this::caughtUp);
        given().contentType(ContentType.JSON).body(Map.of("kind", "MAX_GROUP_SHARE", "thresholdPercent", 3)).when()
                .post("/api/balance/rules").then().statusCode(200);
        try {
            JsonNode stored = storedOpenAlert("max-group-share-3");
            assertThat(stored.get("kind").asText()).isEqualTo("MAX_GROUP_SHARE");
            assertThat(stored.get("threshold_percent").asInt()).isEqualTo(3);
            List<String> subjects = new ArrayList<>();
            stored.get("breaches").forEach(breach -> {
                subjects.add(breach.get("subject").asText());
                assertThat(breach.get("share").asDouble()).isGreaterThan(3);
            });
            assertThat(subjects).isNotEmpty().allMatch(subject -> subject.matches("[A-Z][A-Z0-9_]+"));
            assertThat(columns("balance_alert")).doesNotContain("rule", "finding");

            assertThat(openAlert("en")).contains("No stakeholder group above 3% of voting members")
                    .containsPattern(
                            "(Industry|Academia|Civil society) holds [0-9.]+% of voting members \\(limit 3%\\)");
            assertThat(openAlert("fr")).contains("Aucun groupe de parties prenantes au-delà de 3" + NBSP + "%")
                    .containsPattern("(Industrie|Milieu universitaire|Société civile)" + NBSP + ": [0-9,]+" + NBSP
                            + "% des membres votants \\(limite 3" + NBSP + "%\\)");
            assertThat(openAlert("de")).contains("Keine Interessengruppe über 3" + NBSP + "%")
                    .containsPattern("(Industrie|Wissenschaft|Zivilgesellschaft): [0-9,]+" + NBSP
                            + "% der stimmberechtigten Mitglieder \\(Grenze 3" + NBSP + "%\\)");
            for (String language : List.of("en", "fr", "de")) {
                assertThat(visibleText(openAlert(language))).doesNotContain(RAW_CODES);
            }

            JsonNode raised = lastEvent("BalanceAlertRaised", "max-group-share-3");
            assertThat(raised.get("kind").asText()).isEqualTo("MAX_GROUP_SHARE");
            assertThat(raised.get("thresholdPercent").asInt()).isEqualTo(3);
            assertThat(raised.get("breaches").get(0).get("share").asText()).matches("[0-9]+\\.[0-9]+");
            assertThat(raised.get("finding").asText()).contains("of voting members (limit 3%)");
        } finally {
            given().when().delete("/api/balance/rules/max-group-share-3").then().statusCode(200);
        }
        JsonNode cleared = lastEvent("BalanceAlertCleared", "max-group-share-3");
        assertThat(cleared.get("rule").asText()).isEqualTo("No stakeholder group above 3% of voting members");
        assertThat(cleared.get("kind").asText()).isEqualTo("MAX_GROUP_SHARE");
        assertThat(cleared.get("thresholdPercent").asInt()).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void refusals_areSaidInTheReadersLanguage_inProblemDetailsAndInPlaceOnForms() throws Exception {
        admit("ACADEMIA", "US", false);
        await().atMost(EVENTUALLY).until(this::caughtUp);
        given().header("Accept-Language", "de").contentType(ContentType.JSON)
                .body(Map.of("kind", "MAX_GROUP_SHARE", "thresholdPercent", 101)).when().post("/api/balance/rules")
                .then().statusCode(400).body("field", equalTo("thresholdPercent"))
                .body("detail", equalTo("Ein Schwellenwert ist eine ganze Prozentzahl von 1 bis 100, nicht 101."));
        given().header("Accept-Language", "fr").when().get("/api/groups/NOWHERE").then().statusCode(404)
                .body("detail", equalTo("Il n’existe pas de groupe de parties prenantes NOWHERE."));

        Response form = given().cookie("accord-language", "fr").when().get("/groups");
        String token = csrfToken(form.asString());
        String page = given().cookie("accord-language", "fr").cookie("accord-csrf", form.getCookie("accord-csrf"))
                .formParam("csrf-token", token).formParam("code", "bad code!").formParam("name", "Quelque chose")
                .when().post("/groups").then().statusCode(400).extract().asString();
        assertThat(page).contains("aria-invalid=\"true\" aria-describedby=\"code-error code-hint\"",
                "<p class=\"field-error\" id=\"code-error\">Un code de groupe compte de 2 à 40 lettres majuscules");

        String refused = given().cookie("accord-language", "de").cookie("accord-csrf", form.getCookie("accord-csrf"))
                .formParam("csrf-token", token).formParam("reason", "Zusammengelegt").when()
                .post("/groups/ACADEMIA/retirement").then().statusCode(409).extract().asString();
        assertThat(refused).containsPattern("<p class=\"error\" role=\"alert\">Verschieben Sie die Mitglieder von"
                + " Wissenschaft in eine andere Gruppe, bevor Sie sie stilllegen \\(verbleibende Mitglieder: [0-9.]+\\)"
                + "\\.</p>");
    }

    @Test
    void standardGroup_renamedByAnAdministrator_isNamedAsWrittenInEveryLanguage() {
        assertThat(queries.groupView("CIVIL_SOCIETY").label().in(Locale.FRENCH)).isEqualTo("Société civile");
        QuarkusTransaction.begin();
        try {
            groupsAdministration.rename("CIVIL_SOCIETY", "Civil society", "ada");
            assertThat(queries.groupView("CIVIL_SOCIETY").label().in(Locale.FRENCH)).isEqualTo("Société civile");

            groupsAdministration.rename("CIVIL_SOCIETY", "NGOs and civil society", "ada");
            assertThat(queries.groupView("CIVIL_SOCIETY").label().in(Locale.GERMAN))
                    .isEqualTo("NGOs and civil society");

            groupsAdministration.rename("CIVIL_SOCIETY", "Civil society", "ada");
            assertThat(queries.groupView("CIVIL_SOCIETY").label().in(Locale.FRENCH)).isEqualTo("Civil society");
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void migration_turnsStoredEnglishFindingsIntoCodes_whichReadInEveryLanguage() throws Exception {
        String database = "stakeholders_migration_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection server = connect("postgres"); Statement statement = server.createStatement()) {
            statement.execute("create database " + database);
        }
        try (Connection scratch = connect(database); Statement statement = scratch.createStatement()) {
            statement.execute(script("/db/migration/platform/V2026_11_28_01__platform_messaging_tables.sql"));
            statement.execute(script("/db/migration/stakeholders/V2026_11_28_30__stakeholders.sql"));
            statement.execute(
                    """
                            update stakeholders.stakeholder_group set name = 'Universities' where code = 'ACADEMIA';
                            insert into stakeholders.balance_alert (id, rule_id, rule, finding, raised_at, cleared_at) values
                            (gen_random_uuid(), 'max-group-share', 'No stakeholder group above 50% of voting members',
                             'INDUSTRY holds 62.5% of voting members (limit 50%)', now(), null),
                            (gen_random_uuid(), 'min-side-share', 'Each side (US, EU) at least 40% of voting members',
                             'US holds 25.0% of voting members (minimum 40%); EU holds 25.0% of voting members (minimum 40%)',
                             now() - interval '2 days', now() - interval '1 day'),
                            (gen_random_uuid(), 'max-group-share-33', 'No stakeholder group above 33% of voting members',
                             'CIVIL_SOCIETY holds 40.0% of voting members (limit 30%); ACADEMIA holds 30.01% of voting members (limit 30%)',
                             now(), null)
                            """);

            statement.execute(script("/db/migration/stakeholders/V2026_12_32_30__balance_alerts_keep_codes.sql"));

            assertThat(rows(statement, "select rule_id || ' ' || kind || ' ' || threshold_percent || ' '"
                    + " || breaches::text from stakeholders.balance_alert order by rule_id")).containsExactly(
                            "max-group-share MAX_GROUP_SHARE 50 [{\"share\": 62.5, \"subject\": \"INDUSTRY\"}]",
                            "max-group-share-33 MAX_GROUP_SHARE 30 [{\"share\": 40.0, \"subject\": \"CIVIL_SOCIETY\"},"
                                    + " {\"share\": 30.01, \"subject\": \"ACADEMIA\"}]",
                            "min-side-share MIN_SIDE_SHARE 40 [{\"share\": 25.0, \"subject\": \"US\"},"
                                    + " {\"share\": 25.0, \"subject\": \"EU\"}]");
            assertThat(rows(statement, "select column_name from information_schema.columns where table_schema ="
                    + " 'stakeholders' and table_name = 'balance_alert'")).doesNotContain("rule", "finding");
            assertThat(rows(statement, "select code || ' ' || standard_name from stakeholders.stakeholder_group"
                    + " order by code")).containsExactly("ACADEMIA false", "CIVIL_SOCIETY true", "INDUSTRY true");

            List<Breach> breaches = new BreachesColumn().convertToEntityAttribute(rows(statement,
                    "select breaches::text from stakeholders.balance_alert where rule_id = 'max-group-share-33'")
                    .getFirst());
            Set<String> standard = Set.of("CIVIL_SOCIETY", "INDUSTRY");
            Function<String, Text> labels = code -> GroupLabels.of(code,
                    code.equals("ACADEMIA") ? "Universities" : code, standard.contains(code));
            assertThat(new BalanceWords(Locale.ENGLISH, labels).finding(BalanceRuleKind.MAX_GROUP_SHARE, 30,
                    breaches)).isEqualTo("Civil society holds 40.0% of voting members (limit 30%);"
                            + " Universities holds 30.01% of voting members (limit 30%)");
            assertThat(new BalanceWords(Locale.FRENCH, labels).finding(BalanceRuleKind.MAX_GROUP_SHARE, 30,
                    breaches)).isEqualTo("Société civile" + NBSP + ": 40,0" + NBSP + "% des membres votants (limite 30"
                            + NBSP + "%)" + NBSP + "; Universities" + NBSP + ": 30,01" + NBSP
                            + "% des membres votants (limite 30" + NBSP + "%)");
            assertThat(new BalanceWords(Locale.GERMAN, labels).finding(BalanceRuleKind.MAX_GROUP_SHARE, 30,
                    breaches)).isEqualTo("Zivilgesellschaft: 40,0" + NBSP + "% der stimmberechtigten Mitglieder"
                            + " (Grenze 30" + NBSP + "%); Universities: 30,01" + NBSP
                            + "% der stimmberechtigten Mitglieder (Grenze 30" + NBSP + "%)");
        } finally {
            try (Connection server = connect("postgres"); Statement statement = server.createStatement()) {
                statement.execute("drop database if exists " + database);
            }
        }
    }

    private String page(String path, String acceptLanguage) {
        return given().header("Accept-Language", acceptLanguage).when().get(path).then().statusCode(200).extract()
                .asString();
    }

    private String openAlert(String language) {
        String page = page("/balance", language);
        Matcher alert = Pattern.compile("(?s)<li class=\"alert\" data-rule=\"max-group-share-3\">(.*?)</li>")
                .matcher(page);
        assertThat(alert.find()).as("the open alert of max-group-share-3 in %s", language).isTrue();
        return alert.group(1);
    }

    /** The names of the active groups, in the order the groups page lists them. */
    private static List<String> activeGroupsListed(String html) {
        List<String> names = new ArrayList<>();
        Matcher row = Pattern.compile("<a href=\"/groups/[^\"]+\">([^<]+)</a>( \\()?").matcher(html);
        while (row.find()) {
            if (row.group(2) == null) {
                names.add(row.group(1).replace("&#39;", "'").replace("&amp;", "&"));
            }
        }
        return names;
    }

    private static void assertNoRawCodeOrEnglish(String html, String... english) {
        String text = visibleText(html);
        assertThat(text).doesNotContain(RAW_CODES);
        assertThat(text).doesNotContain(english);
    }

    /** What a person reads: the page without its tags and their attributes. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]*>", " ");
    }

    private JsonNode storedOpenAlert(String ruleId) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select json_build_object('kind', kind, 'threshold_percent',"
                        + " threshold_percent, 'breaches', breaches)::text from stakeholders.balance_alert where"
                        + " cleared_at is null and rule_id = '" + ruleId + "'")) {
            assertThat(row.next()).as("an open alert of %s", ruleId).isTrue();
            return json.readTree(row.getString(1));
        }
    }

    private JsonNode lastEvent(String type, String subject) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select payload from stakeholders.outbox where event_type like"
                        + " 'accord.stakeholders." + type + "%' and subject = '" + subject
                        + "' order by seq desc limit 1")) {
            assertThat(row.next()).as("a %s event of %s", type, subject).isTrue();
            return json.readTree(row.getString(1));
        }
    }

    private List<String> columns(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return rows(statement, "select column_name from information_schema.columns where table_schema ="
                    + " 'stakeholders' and table_name = '" + table + "'");
        }
    }

    private static List<String> rows(Statement statement, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static String script(String resource) throws IOException {
        try (InputStream in = StakeholdersInEveryLanguageTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(AccordTestStack.jdbcUrl().replace("/postgres?", "/" + database + "?"));
    }

    private static String csrfToken(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private void admit(String group, String side, boolean votingRights) {
        admissions.admit(new Admission("l" + UUID.randomUUID().toString().substring(0, 10) + "@example.org",
                "Language Person", "Somewhere", side, group, List.of(), votingRights, "Language test"), "ada");
    }

    private boolean caughtUp() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select (select count(*) from membership.member)"
                        + " = (select count(*) from stakeholders.member)")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
