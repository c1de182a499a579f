package org.accord.app.transparency;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.accord.platform.i18n.Languages;
import org.accord.platform.i18n.LocalFormats;
import org.accord.testing.AccordTestStack;
import org.accord.transparency.internal.app.LogAppender;
import org.accord.transparency.internal.app.LogQueries;
import org.accord.transparency.internal.policy.PublicEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The public log for readers of French and German, signed out: the log, an entry, a standard's feed and the verify page
 * with translated headings, each entry's kind and facts put into words from its codes (sides, groups, stages, roles,
 * yes and no, times), and refusals in the reader's language. What the log hashed stays exactly as it was: codes, not
 * words, in every language.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class TransparencyLanguagesTest {

    private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");
    /** Codes the entries below record, which a reader must never see as they are. */
    private static final Pattern RAW_CODE = Pattern.compile("\\b(WORKING_DRAFT|COMMITTEE_DRAFT|CONSENSUS_DRAFT"
            + "|CIVIL_SOCIETY|ACADEMIA|OBSERVER|EU|US|true|false)\\b");
    private static final String NBSP = "\u00a0";

    @Inject
    LogAppender appender;
    @Inject
    LogQueries queries;

    private final LogClient client = new LogClient();
    private UUID standard;
    private UUID admitted;

    /** A standard's creation, its move to the consensus draft by a ballot, that ballot's close, and an admission. */
    @BeforeEach
    void logDecisions() {
        standard = UUID.randomUUID();
        admitted = UUID.randomUUID();
        long before = client.size();
        UUID ballot = UUID.randomUUID();
        appender.append(UUID.randomUUID(), new PublicEntry("standard.created", AT, standard,
                Map.of("reference", "TAWG 7", "title", "Open weights", "scope", "All models", "editors",
                        List.of("Ada Lovelace"), "by", "Ada Lovelace")));
        appender.append(UUID.randomUUID(), new PublicEntry("ballot.closed", AT.plusSeconds(3600), standard,
                ballotClosed(ballot)));
        appender.append(UUID.randomUUID(), new PublicEntry("stage.changed", AT.plusSeconds(7200), standard,
                Map.of("from", "COMMITTEE_DRAFT", "to", "CONSENSUS_DRAFT", "ballotId", ballot.toString(),
                        "contentHash", "c".repeat(64), "by", "Ada Lovelace")));
        appender.append(UUID.randomUUID(), new PublicEntry("member.admitted", AT.plusSeconds(10_800), null,
                Map.of("memberId", admitted.toString(), "name", "Inés García", "side", "EU", "group",
                        "CIVIL_SOCIETY", "roles", List.of("member", "editor"), "votingRights", true, "by",
                        "Ada Lovelace")));
        client.awaitHeadCovering(before + 4);
    }

    @Test
    void theLog_namesEachEntrysKindAndTellingFacts_inFrenchAndGerman() {
        String french = page("fr", "/transparency?standard=" + standard);
        assertThat(french).contains("<h1>Transparence</h1>", "<h2>Dernière tête d’arbre signée</h2>",
                "<h2>Entrées, les plus récentes d’abord</h2>", "<label for=\"filter-type\">Type</label>",
                "<option value=\"stage.changed\">Changement de stade</option>", "<th scope=\"col\">Résumé</th>",
                "data-type=\"stage.changed\">Changement de stade</td>",
                "De" + NBSP + ": Projet de comité · À" + NBSP + ": Projet de consensus · Par" + NBSP
                        + ": Ada Lovelace",
                "data-type=\"ballot.closed\">Scrutin clos</td>", "Adopté" + NBSP + ": oui");
        assertNoRawCode(french);

        String german = page("de", "/transparency?standard=" + standard);
        assertThat(german).contains("<h1>Transparenz</h1>", "<h2>Neuester signierter Baumkopf</h2>",
                "data-type=\"standard.created\">Norm angelegt</td>", "Referenz: TAWG 7 · Titel: Open weights",
                "Von: Komiteeentwurf · Nach: Konsensentwurf · Durch: Ada Lovelace");
        assertNoRawCode(german);
    }

    @Test
    void anEntry_showsItsFactsInWords_andItsCanonicalTextAsHashed() {
        long closed = queries.newest(standard, "ballot.closed", null, null, null, 1).entries().getFirst().seq();
        long admission = queries.newest(null, "member.admitted", AT.plusSeconds(10_800), AT.plusSeconds(10_801),
                null, 100).entries().stream().filter(entry -> entry.leaf().contains(admitted.toString()))
                .findFirst().orElseThrow().seq();
        String french = page("fr", "/transparency/entries/" + closed);
        assertThat(french).contains("<h1 data-type=\"ballot.closed\">Entrée " + closed + NBSP + ": Scrutin clos</h1>",
                "<h2>Faits</h2>", "<h2>Preuve d’inclusion</h2>", "<h2>Texte canonique</h2>",
                "<dt data-fact=\"passed\">Adopté</dt><dd>oui</dd>",
                "<dt data-fact=\"secret\">Scrutin secret</dt><dd>non</dd>",
                "<dt data-fact=\"openedAt\">Ouverture</dt><dd>"
                        + LocalFormats.dateTime(Instant.parse("2026-04-01T08:00:00Z"), Locale.FRENCH, Languages.UTC)
                        + "</dd>",
                "<dt data-fact=\"overall.scope\">Ensemble › Décompté parmi</dt><dd>tous les votants inscrits</dd>",
                "<dt data-fact=\"overall.approveWithComments\">Ensemble › Pour, avec commentaires</dt><dd>1</dd>",
                "<dt data-fact=\"sides[1].scope\">Côté 2 › Décompté parmi</dt><dd>Union européenne</dd>",
                "<dt data-fact=\"groups[0].scope\">Groupe 1 › Décompté parmi</dt><dd>Milieu universitaire</dd>",
                "<dt data-fact=\"checks[0].holds\">Vérification de la règle 1 › Règle respectée</dt><dd>oui</dd>");
        String stored = queries.entry(closed).leaf();
        assertThat(stored).contains("\"scope\":\"ACADEMIA\"", "\"passed\":true");
        assertThat(french).contains("<pre id=\"canonical\">" + escaped(stored) + "</pre>");
        assertNoRawCode(french);

        String german = page("de", "/transparency/entries/" + admission);
        assertThat(german).contains("<h1 data-type=\"member.admitted\">Eintrag " + admission
                + ": Mitglied aufgenommen</h1>",
                "<p class=\"lead\" id=\"summary\">Name: Inés García · Seite: Europäische Union · Interessengruppe:"
                        + " Zivilgesellschaft · Durch: Ada Lovelace</p>",
                "<dt data-fact=\"roles\">Rollen</dt><dd>Mitglied, Redaktion</dd>",
                "<dt data-fact=\"votingRights\">Stimmrecht</dt><dd>ja</dd>");
        assertNoRawCode(german);
    }

    @Test
    void theVerifyPageAndTheFeed_speakTheReadersLanguage() {
        String french = page("fr", "/transparency/verify");
        assertThat(french).contains("<h1>Vérifier l’enregistrement d’Accord</h1>", "<h2>1. Épingler la clé</h2>",
                "<h2>2. Vérifier tout le journal</h2>", "<h2>3. Vérifier une entrée à la main</h2>",
                "<h2>Où trouver la clé</h2>", "id=\"latest\">La dernière tête, à comparer avec le verdict");
        assertNoRawCode(french);
        String german = page("de", "/transparency/verify");
        assertThat(german).contains("<h1>Die Aufzeichnung von Accord prüfen</h1>",
                "<h2>1. Den Schlüssel festhalten</h2>",
                "<h2>Wo der Schlüssel steht</h2>");
        assertNoRawCode(german);

        client.given().header("Accept-Language", "fr").get("/transparency/standards/" + standard + "/feed").then()
                .statusCode(200).body(containsString("xml:lang=\"fr\""))
                .body(containsString("<title>Journal public d’Accord" + NBSP + ": TAWG 7 · Open weights</title>"))
                .body(containsString("<title>Changement de stade</title>"));
        assertThat(page("de", "/transparency/standards/" + standard))
                .contains("<h1>Verlauf von TAWG 7 · Open weights</h1>", ">Abstimmung geschlossen</td>");
    }

    @Test
    void refusals_areInTheReadersLanguage_onPagesAndInProblemDetails() {
        client.given().header("Accept-Language", "fr").queryParam("from", "x").get(LogClient.API + "/entries")
                .then().statusCode(400).contentType(containsString("problem+json")).body("field", equalTo("from"))
                .body("detail", equalTo("Le paramètre «" + NBSP + "from" + NBSP + "» doit être un nombre entier, et"
                        + " non «" + NBSP + "x" + NBSP + "»."));
        client.given().header("Accept-Language", "de").queryParam("seq", "0").queryParam("treeSize", "9000000000000")
                .get(LogClient.API + "/proofs/inclusion").then().statusCode(404)
                .body("detail", equalTo("Kein signierter Baumkopf hat die Größe 9000000000000."));
        given().header("Accept-Language", "fr").accept("text/html").get("/transparency?from=yesterday").then()
                .statusCode(400).body(containsString("«" + NBSP + "yesterday" + NBSP + "» n’est pas une date"));
        given().header("Accept-Language", "de").accept("text/html").get("/transparency/entries/" + Long.MAX_VALUE)
                .then().statusCode(404)
                .body(containsString("Das Protokoll hat keinen Eintrag " + Long.MAX_VALUE + "."));
    }

    private static Map<String, Object> ballotClosed(UUID ballot) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("ballotId", ballot.toString());
        facts.put("rule", "A simple majority of the votes cast");
        facts.put("secret", false);
        facts.put("openedAt", "2026-04-01T08:00:00Z");
        facts.put("passed", true);
        facts.put("overall", tally("overall", 12, 9, 7, 1, 1, 0));
        facts.put("sides", List.of(tally("US", 6, 4, 3, 0, 1, 0), tally("EU", 6, 5, 4, 1, 0, 0)));
        facts.put("groups", List.of(tally("ACADEMIA", 4, 3, 3, 0, 0, 0)));
        facts.put("checks", List.of(Map.of("scope", "overall", "holds", true)));
        facts.put("by", "Ada Lovelace");
        return facts;
    }

    private static Map<String, Object> tally(String scope, int eligible, int voted, int approve,
            int approveWithComments, int disapprove, int abstain) {
        return Map.of("scope", scope, "eligible", eligible, "voted", voted, "withheld", false, "approve", approve,
                "approveWithComments", approveWithComments, "disapprove", disapprove, "abstain", abstain);
    }

    private static String page(String language, String path) {
        return given().header("Accept-Language", language).when().get(path).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
    }

    /**
     * What the reader sees of the main content, but for the canonical text and the hashes, ids and signatures set as
     * code: no code as it is recorded.
     */
    private static void assertNoRawCode(String page) {
        String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"))
                .replaceAll("(?s)<pre id=\"canonical\">.*?</pre>|<code[^>]*>[^<]*</code>", " ")
                .replaceAll("<[^>]+>", " ");
        Matcher raw = RAW_CODE.matcher(main);
        assertThat(raw.find()).as("a code shown as it is recorded: %s", raw.hitEnd() ? "" : raw.group())
                .isFalse();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
