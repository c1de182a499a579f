package org.accord.app.drafting;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StageChanging;
import org.accord.drafting.internal.app.StandardQueries;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.SuggestionsHandling;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.drafting.internal.domain.HistoryLine;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Drafting speaks the reader's language: its pages, its refusals (problem+json and forms) and its history, which keeps
 * facts and is worded only when read, including the lines written before it kept facts.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class DraftingInLanguagesTest {

    private static final Actor ELI = new Actor("eli", Set.of("member", "editor"));
    private static final Actor UMA = new Actor("uma", Set.of("member"));
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    /** Enum values that must never reach a reader as they are; NOTE and EXAMPLE are also clause numbers. */
    private static final Pattern RAW_ENUM = Pattern.compile("\\b(WORKING_DRAFT|COMMITTEE_DRAFT|CONSENSUS_DRAFT"
            + "|APPROVED|PUBLISHED|WITHDRAWN|SECTION|CLAUSE|TERM|ANNEX|OPEN|ACCEPTED|DECLINED|ADDED|REMOVED|MOVED"
            + "|CHANGED|MOVED_AND_CHANGED|SCHEDULED|CLOSED)\\b");
    private static final List<String> ENGLISH = List.of("Draft versions", "Contents", "Add a clause", "Working draft",
            "Committee draft", "Revisions", "History", "Comments on this clause", "How changes are",
            "Moved from", "Added clause", "accepted the suggestion", "(open)", "insertion start");

    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    SuggestionsHandling suggestions;
    @Inject
    VersionPublishing versions;
    @Inject
    StageChanging stages;
    @Inject
    StandardQueries queries;
    @Inject
    DataSource dataSource;

    record Drafted(UUID standard, UUID clause, UUID wd1, UUID wd2) {
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor", "moderator"})
    void standardClauseHistoryAndRedlinePages_inFrenchAndGerman_speakIt_andShowNoRawEnumName() {
        Drafted drafted = drafted();
        String standard = "/standards/" + drafted.standard();
        String clause = standard + "/clauses/" + drafted.clause();
        String diff = standard + "/diff?from=" + drafted.wd1() + "&to=" + drafted.wd2();

        assertSpeaks("fr", standard, "lang=\"fr\"", "Versions de projet", "Sommaire", "Ajouter une clause",
                "Projet de comité", ">annexe</option>", ">terme</option>", "Passer au stade",
                ">Projet de consensus</option>", ">Retirée</option>");
        assertSpeaks("de", standard, "lang=\"de\"", "Entwurfsfassungen", "Inhalt", "Klausel hinzufügen",
                "Komitee-Entwurf", ">Anhang</option>", ">Begriff</option>", "In Stufe überführen",
                ">Konsensentwurf</option>", ">Zurückgezogen</option>");
        assertSpeaks("fr", clause, "Révisions", "Historique", "Commentaires sur cette clause", "(ouverte)",
                "(suggestion de uma acceptée)", "Révision de «\u00a0Openness\u00a0» (révision 2)",
                "Ajout de la clause «\u00a0Openness\u00a0»");
        assertSpeaks("de", clause, "Revisionen", "Historie", "Kommentare zu dieser Klausel", "(offen)",
                "(Vorschlag von uma angenommen)", "„Openness“ überarbeitet (Revision 2)",
                "Klausel „Openness“ hinzugefügt");
        assertSpeaks("fr", standard + "/history",
                "Passage du stade «\u00a0Projet de travail\u00a0» au stade «\u00a0Projet de comité\u00a0»",
                "Publication de WD 2 (3 clauses)");
        assertSpeaks("de", standard + "/history",
                "Von Stufe „Arbeitsentwurf“ in Stufe „Komitee-Entwurf“ überführt", "WD 2 veröffentlicht (3 Klauseln)");
        assertSpeaks("fr", diff, "Marquage des modifications", "le texte ajouté est souligné", ">modifiée</span>",
                "<ins><span class=\"visually-hidden\"> [début de l’ajout] </span>",
                "Ajouts\u00a0: 0, suppressions\u00a0: 0, déplacements\u00a0: 0, modifications\u00a0: 1");
        assertSpeaks("de", diff, "So sind Änderungen gekennzeichnet", "gelöschter Text ist durchgestrichen",
                ">geändert</span>", "<del><span class=\"visually-hidden\"> [Beginn der Löschung] </span>",
                "0 hinzugefügt, 0 entfernt, 0 verschoben, 1 geändert");
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void pagesInEnglish_keepTheirWords_andNameTheStageThroughTheBundle() {
        Drafted drafted = drafted();

        String page = given().when().get("/standards/" + drafted.standard()).then().statusCode(200).extract()
                .asString();

        assertThat(page).contains("lang=\"en\"", "Draft versions", "data-stage=\"COMMITTEE_DRAFT\">Committee draft<");
        assertThat(RAW_ENUM.matcher(visibleText(page)).find()).isFalse();
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void staleSave_throughTheApi_isRefusedWithA409_whoseDetailIsInTheReadersLanguage() {
        UUID id = newStandard();
        UUID clause = editing.add(ELI, id, null, 0, "CLAUSE", "Openness", "Weights are published.");
        UUID base = queries.clause(id, clause).clause().revisionId();
        editing.revise(ELI, id, clause, base, "Openness", "Weights are published openly.", "First");
        Map<String, String> stale = Map.of("baseRevisionId", base.toString(), "heading", "Openness", "text",
                "Mine.", "rationale", "Mine");

        given().header("Accept-Language", "fr-CH, en;q=0.5").contentType(ContentType.JSON).body(stale).when()
                .put("/api/standards/" + id + "/clauses/" + clause).then().statusCode(409)
                .contentType("application/problem+json").body("field", equalTo("baseRevisionId"))
                .body("detail", equalTo("eli a enregistré la révision 2 de cette clause après que vous avez"
                        + " commencé à la modifier. Votre texte n’a pas été enregistré\u00a0; comparez-le au sien et"
                        + " enregistrez de nouveau."))
                .body("current.number", equalTo(2));
        given().cookie("accord-language", "de").contentType(ContentType.JSON).body(stale).when()
                .put("/api/standards/" + id + "/clauses/" + clause).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("eli hat Revision 2 dieser Klausel gespeichert, nachdem Sie mit der"
                        + " Bearbeitung begonnen hatten. Ihr Text wurde nicht gespeichert; vergleichen Sie ihn mit der"
                        + " gespeicherten Revision und speichern Sie erneut."));
        given().contentType(ContentType.JSON).body(stale).when().put("/api/standards/" + id + "/clauses/" + clause)
                .then().statusCode(409).body("detail", equalTo("eli saved revision 2 of this clause after you started"
                        + " editing. Your text was not saved; compare it with theirs and save again."));
        assertThat(queries.clause(id, clause).clause().text()).isEqualTo("Weights are published openly.");
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void staleSave_inTheBrowser_isRefusedWithA409_onTheFormInTheReadersLanguage() {
        UUID id = newStandard();
        UUID clause = editing.add(ELI, id, null, 0, "CLAUSE", "Openness", "Weights are published.");
        UUID base = queries.clause(id, clause).clause().revisionId();
        editing.revise(ELI, id, clause, base, "Openness", "Weights are published openly.", "First");

        assertThat(staleFormSave("fr", id, clause, base)).contains(
                "<p class=\"error\" role=\"alert\">eli a enregistré la révision 2 de cette clause",
                "Quelqu’un d’autre a enregistré cette clause avant vous", "Votre texte (non enregistré)",
                "My own wording.");
        assertThat(staleFormSave("de", id, clause, base)).contains(
                "<p class=\"error\" role=\"alert\">eli hat Revision 2 dieser Klausel gespeichert",
                "Jemand anderes hat diese Klausel zuerst gespeichert", "Ihr Text (nicht gespeichert)",
                "My own wording.");
        assertThat(queries.clause(id, clause).clause().text()).isEqualTo("Weights are published openly.");
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void emptyHeading_onTheForm_isNamedInTheField_andTiedToIt() {
        UUID id = newStandard();
        Response page = given().header("Accept-Language", "de").when().get("/standards/" + id);

        String refused = given().header("Accept-Language", "de").cookie("accord-csrf", page.getCookie("accord-csrf"))
                .formParam("csrf-token", csrfToken(page.asString())).formParam("kind", "CLAUSE")
                .formParam("heading", " ").formParam("text", "Text.").when().post("/standards/" + id + "/clauses")
                .then().statusCode(400).extract().asString();

        assertThat(refused).contains("aria-describedby=\"heading-error\"",
                "<p class=\"field-error\" id=\"heading-error\">„Überschrift“ ist erforderlich.</p>");
        assertThat(queries.standard(id, ELI).clauses()).isEmpty();
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void newHistoryLines_keepFactsNotSentences() throws SQLException {
        UUID id = newStandard();
        UUID clause = editing.add(ELI, id, null, 0, "TERM", "Weights", "The parameters.");
        UUID base = queries.clause(id, clause).clause().revisionId();
        editing.revise(ELI, id, clause, base, "Model weights", "The learned parameters.", "Clearer");

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet columns = statement.executeQuery("select column_name from information_schema.columns"
                    + " where table_schema = 'drafting' and table_name = 'standard_change'")) {
                List<String> names = new ArrayList<>();
                while (columns.next()) {
                    names.add(columns.getString(1));
                }
                assertThat(names).contains("kind", "params", "reason").doesNotContain("summary");
            }
            try (ResultSet rows = statement.executeQuery("select kind, params::text, reason from"
                    + " drafting.standard_change where standard_id = '" + id + "' order by at")) {
                List<String> lines = new ArrayList<>();
                while (rows.next()) {
                    lines.add(rows.getString(1) + " " + params(rows.getString(2)) + " " + rows.getString(3));
                }
                assertThat(lines).containsExactly(
                        "StandardCreated {reference=" + reference(id) + ", title=Languages} null",
                        "ClauseAdded {heading=Weights, kind=TERM} null",
                        "ClauseRevised {answered=0, heading=Model weights, revision=2} Clearer");
            }
        }
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void historyWrittenInEnglishSentences_isMigratedToFacts_andShownInEachLanguage() throws Exception {
        String schema = "drafting_before_" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = newStandard();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("create schema " + schema);
            try {
                for (String before : List.of("V2026_11_28_40__drafting.sql", "V2026_12_01_40__voted_text.sql",
                        "V2026_12_03_40__comments_and_rounds.sql")) {
                    sql.execute(migration(before, schema).replace("select platform.create_messaging_tables('"
                            + schema + "');", ""));
                }
                sql.execute(legacyHistory(schema));
                sql.execute(migration("V2026_12_32_40__history_in_codes.sql", schema));

                Map<String, HistoryLine> migrated = migratedLines(sql, schema);
                assertThat(migrated.get("created").parameters())
                        .isEqualTo(Map.of("reference", "AIG 7", "title", "Open \"weights\" (v2)"));
                assertThat(migrated.get("accepting").parameters()).isEqualTo(Map.of("heading", "Weights",
                        "revision", "2", "answered", "0", "suggestedBy", "uma"));
                assertThat(migrated.get("stage").parameters()).isEqualTo(Map.of("from", "COMMITTEE_DRAFT", "to",
                        "CONSENSUS_DRAFT", "ballot", "b-9", "ballotVersion", "CD 1"));
                assertThat(migrated.get("removed").text().in(Locale.GERMAN))
                        .isEqualTo("„Weights (old)“ samt 2 Unterklauseln entfernt");
                assertThat(migrated.get("answering").text().in(Locale.FRENCH)).isEqualTo(
                        "Révision de «\u00a0Weights\u00a0» (révision 3), en réponse à 2 commentaires");
                assertThat(migrated.get("unreadable").text().in(Locale.FRENCH)).isEqualTo("Revised clause 5");
                for (HistoryLine line : migrated.values()) {
                    assertThat(line.text().in(Locale.ENGLISH)).isEqualTo(legacyWording(line, migrated));
                }
                try (ResultSet reasons = sql.executeQuery("select (select reason from " + schema
                        + ".standard_change where id = '" + LEGACY_IDS.get("accepting") + "'), (select rationale from "
                        + schema + ".clause_revision where number = 2), (select title from " + schema
                        + ".review_round)")) {
                    reasons.next();
                    assertThat(reasons.getString(1)).isEqualTo("Fits: yes");
                    assertThat(reasons.getString(2)).isEqualTo("Fits: yes");
                    assertThat(reasons.getString(3)).isEmpty();
                }

                sql.execute("insert into drafting.standard_change (id, standard_id, clause_id, kind, params, actor,"
                        + " at, reason) select gen_random_uuid(), '" + id + "', null, kind, params, actor, at, reason"
                        + " from " + schema + ".standard_change where id = '" + LEGACY_IDS.get("stage") + "'");
            } finally {
                sql.execute("drop schema " + schema + " cascade");
            }
        }
        assertThat(page("en", "/standards/" + id + "/history"))
                .contains("Moved from Committee draft to Consensus draft (ballot b-9 on CD 1)");
        assertThat(page("fr", "/standards/" + id + "/history")).contains("Passage du stade «\u00a0Projet de comité"
                + "\u00a0» au stade «\u00a0Projet de consensus\u00a0» (scrutin b-9 sur CD 1)");
        assertThat(page("de", "/standards/" + id + "/history"))
                .contains("Von Stufe „Komitee-Entwurf“ in Stufe „Konsensentwurf“ überführt (Abstimmung b-9 über CD 1)");
        given().header("Accept-Language", "de").when().get("/api/standards/" + id + "/history").then()
                .statusCode(200).body("items[0].kind", equalTo("StageChanged"))
                .body("items[0].parameters.ballot", equalTo("b-9"))
                .body("items[0].summary", equalTo("Von Stufe „Komitee-Entwurf“ in Stufe „Konsensentwurf“ überführt"
                        + " (Abstimmung b-9 über CD 1)"));
    }

    private static final Map<String, String> LEGACY_IDS = Map.of("created", "00000000-0000-0000-0000-00000000e001",
            "accepting", "00000000-0000-0000-0000-00000000e002", "answering", "00000000-0000-0000-0000-00000000e003",
            "removed", "00000000-0000-0000-0000-00000000e004", "stage", "00000000-0000-0000-0000-00000000e005",
            "unreadable", "00000000-0000-0000-0000-00000000e006", "decided", "00000000-0000-0000-0000-00000000e007",
            "published", "00000000-0000-0000-0000-00000000e008", "added", "00000000-0000-0000-0000-00000000e009");

    /** A history as the application wrote it before it kept facts: English sentences. */
    private static String legacyHistory(String schema) {
        String standard = "'00000000-0000-0000-0000-00000000a001'";
        String clause = "'00000000-0000-0000-0000-00000000c001'";
        return ("insert into S.standard values (" + standard + ", 'AIG 7', 'Open \"weights\" (v2)', '',"
                + " 'CONSENSUS_DRAFT', 'eli', now(), 'eli', 0, now());"
                + " insert into S.clause values (" + clause + ", " + standard + ", null, 0, 'CLAUSE',"
                + " '00000000-0000-0000-0000-00000000b002', false, 0);"
                + " insert into S.clause_revision (id, clause_id, standard_id, number, heading, text, rationale,"
                + " suggestion_id, author, created_at) values ('00000000-0000-0000-0000-00000000b001', " + clause
                + ", " + standard + ", 1, 'Weights', 'One.', null, null, 'eli', now()),"
                + " ('00000000-0000-0000-0000-00000000b002', " + clause + ", " + standard + ", 2, 'Weights', 'Two.',"
                + " 'Accepted the suggestion of uma: Fits: yes', '00000000-0000-0000-0000-00000000d001', 'eli', now());"
                + " insert into S.suggestion values ('00000000-0000-0000-0000-00000000d001', " + standard + ", "
                + clause + ", '00000000-0000-0000-0000-00000000b001', 'Weights', 'Two.', 'Better', 'uma', now(),"
                + " 'ACCEPTED', 'eli', now(), 'Fits: yes', '00000000-0000-0000-0000-00000000b002', 1);"
                + " insert into S.review_round values (gen_random_uuid(), " + standard + ", gen_random_uuid(),"
                + " '(untitled)', true, 1);"
                + " insert into S.standard_change (id, standard_id, clause_id, kind, summary, actor, at, reason)"
                + " values ('" + LEGACY_IDS.get("created") + "', " + standard
                + ", null, 'StandardCreated', 'Created AIG 7 Open \"weights\" (v2)', 'eli', now(), null),"
                + " ('" + LEGACY_IDS.get("added") + "', " + standard + ", " + clause
                + ", 'ClauseAdded', 'Added clause \"Weights\"', 'eli', now(), null),"
                + " ('" + LEGACY_IDS.get("accepting") + "', " + standard + ", " + clause
                + ", 'ClauseRevised', 'Revised \"Weights\" (revision 2)', 'eli', now(),"
                + " 'Accepted the suggestion of uma: Fits: yes'),"
                + " ('" + LEGACY_IDS.get("answering") + "', " + standard + ", " + clause
                + ", 'ClauseRevised', 'Revised \"Weights\" (revision 3), answering 2 comments', 'eli', now(), 'Why'),"
                + " ('" + LEGACY_IDS.get("removed") + "', " + standard + ", " + clause
                + ", 'ClauseRemoved', 'Removed \"Weights (old)\" and its 2 subclauses', 'eli', now(), 'Gone'),"
                + " ('" + LEGACY_IDS.get("decided") + "', " + standard + ", " + clause
                + ", 'SuggestionDecided', 'Declined the suggestion of ada lovelace', 'eli', now(), 'No'),"
                + " ('" + LEGACY_IDS.get("published") + "', " + standard
                + ", null, 'DraftVersionPublished', 'Published CD 1 (12 clauses)', 'eli', now(), null),"
                + " ('" + LEGACY_IDS.get("stage") + "', " + standard + ", null, 'StageChanged', 'Moved from Committee"
                + " draft to Consensus draft (ballot b-9 on CD 1)', 'eli', now(), 'Passed'),"
                + " ('" + LEGACY_IDS.get("unreadable") + "', " + standard
                + ", null, 'ClauseRevised', 'Revised clause 5', 'eli', now(), null);").replace("S.", schema + ".");
    }

    /** The English the line was written in, which the migrated facts must word again exactly. */
    private static String legacyWording(HistoryLine line, Map<String, HistoryLine> migrated) {
        String name = migrated.entrySet().stream().filter(e -> e.getValue() == line).findFirst().orElseThrow()
                .getKey();
        return switch (name) {
            case "created" -> "Created AIG 7 Open \"weights\" (v2)";
            case "added" -> "Added clause \"Weights\"";
            case "accepting" -> "Revised \"Weights\" (revision 2), accepting the suggestion of uma";
            case "answering" -> "Revised \"Weights\" (revision 3), answering 2 comments";
            case "removed" -> "Removed \"Weights (old)\" and its 2 subclauses";
            case "decided" -> "Declined the suggestion of ada lovelace";
            case "published" -> "Published CD 1 (12 clauses)";
            case "stage" -> "Moved from Committee draft to Consensus draft (ballot b-9 on CD 1)";
            case "unreadable" -> "Revised clause 5";
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Map<String, HistoryLine> migratedLines(Statement sql, String schema) throws Exception {
        Map<String, HistoryLine> lines = new java.util.HashMap<>();
        try (ResultSet rows = sql.executeQuery("select id::text, kind, params::text from " + schema
                + ".standard_change")) {
            while (rows.next()) {
                String id = rows.getString(1);
                String name = LEGACY_IDS.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst()
                        .orElseThrow().getKey();
                lines.put(name, new HistoryLine(rows.getString(2), params(rows.getString(3))));
            }
        }
        assertThat(lines).hasSize(LEGACY_IDS.size());
        return lines;
    }

    private static String migration(String file, String schema) throws Exception {
        try (var in = DraftingInLanguagesTest.class.getClassLoader()
                .getResourceAsStream("db/migration/drafting/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("drafting.", schema + ".")
                    .replace("'drafting'", "'" + schema + "'");
        }
    }

    private static Map<String, String> params(String json) {
        try {
            return new java.util.TreeMap<>(new ObjectMapper().readValue(json, new TypeReference<Map<String, String>>() {
            }));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A standard with a term, an annex, a revised clause, an open suggestion, two versions and a stage change. */
    private Drafted drafted() {
        UUID id = newStandard();
        UUID section = editing.add(ELI, id, null, 0, "SECTION", "General", "");
        UUID clause = editing.add(ELI, id, section, 0, "CLAUSE", "Openness", "Weights are published.");
        editing.add(ELI, id, null, 1, "ANNEX", "Examples", "Some.");
        UUID wd1 = versions.publish(ELI, id);
        UUID base = queries.clause(id, clause).clause().revisionId();
        UUID accepted = suggestions.suggest(UMA, id, clause, null, "Weights and code are released.", "Code too");
        suggestions.decide(ELI, id, accepted, true, "Agreed", null);
        suggestions.suggest(UMA, id, clause, null, "Weights, code and data are published.", "Data too");
        assertThat(queries.clause(id, clause).clause().revisionId()).isNotEqualTo(base);
        UUID wd2 = versions.publish(ELI, id);
        stages.change(ELI, id, "COMMITTEE_DRAFT", "Ready for the committee", null);
        return new Drafted(id, clause, wd1, wd2);
    }

    private UUID newStandard() {
        return standards.create(ELI, "L" + UUID.randomUUID().toString().substring(0, 8), "Languages", "", List.of());
    }

    private String reference(UUID id) {
        return queries.standard(id, ELI).reference();
    }

    private static void assertSpeaks(String language, String path, String... phrases) {
        String page = page(language, path);
        assertThat(page).as(language + " " + path).contains(phrases);
        String text = visibleText(page);
        assertThat(ENGLISH).as("English left on " + path + " in " + language)
                .noneMatch(english -> text.contains(english));
        Matcher raw = RAW_ENUM.matcher(text);
        if (raw.find()) {
            throw new AssertionError("Raw enum name " + raw.group() + " on " + path + " in " + language);
        }
    }

    private static String page(String language, String path) {
        return given().header("Accept-Language", language).when().get(path).then().statusCode(200).extract()
                .asString();
    }

    /** What a reader sees or hears: the text between tags, without scripts or the values of attributes. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ");
    }

    private String staleFormSave(String language, UUID id, UUID clause, UUID base) {
        Response page = given().header("Accept-Language", language).when()
                .get("/standards/" + id + "/clauses/" + clause);
        return given().header("Accept-Language", language).cookie("accord-csrf", page.getCookie("accord-csrf"))
                .formParam("csrf-token", csrfToken(page.asString())).formParam("baseRevisionId", base.toString())
                .formParam("heading", "Openness").formParam("text", "My own wording.").formParam("rationale", "Mine")
                .when().post("/standards/" + id + "/clauses/" + clause).then().statusCode(409).extract().asString();
    }

    private static String csrfToken(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
