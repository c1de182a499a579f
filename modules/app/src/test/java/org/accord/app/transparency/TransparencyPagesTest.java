package org.accord.app.transparency;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.accord.transparency.internal.app.LogAppender;
import org.accord.transparency.internal.app.LogQueries;
import org.accord.transparency.internal.policy.PublicEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The public log's pages for anyone without an account: the latest head, the log newest first with its filters and
 * pages, an entry with its facts and proof, a standard's timeline, how to verify, and the Atom feed. Whatever an entry
 * says is shown as text, never as markup; malformed addresses are refused with the error page, never a failure.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class TransparencyPagesTest {

    private static final String SCRIPT = "<script>alert('logged')</script>";
    private static final Instant DAY = Instant.parse("2026-04-10T00:00:00Z");
    private static final int ENTRIES = 105;
    private static final Pattern ENTRY_LINK = Pattern.compile("href=\"/transparency/entries/(\\d+)\"");

    @Inject
    LogAppender appender;
    @Inject
    LogQueries queries;

    private final LogClient client = new LogClient();
    private UUID standard;
    private long first;

    /** One standard with more entries than a page or a feed holds, in one hour each from {@link #DAY} on. */
    @BeforeEach
    void logAStandardsDecisions() {
        standard = UUID.randomUUID();
        first = client.size();
        for (int i = 0; i < ENTRIES; i++) {
            appender.append(UUID.randomUUID(), new PublicEntry(i % 2 == 0 ? "ballot.opened" : "ballot.closed",
                    DAY.plus(Duration.ofHours(i)), standard,
                    Map.of("title", SCRIPT, "number", i, "tallies", Map.of("approve", 3, "abstain", 1))));
        }
        client.awaitHeadCovering(client.size());
    }

    @Test
    void theLog_showsTheLatestSignedHead_andEntriesNewestFirst_toAnonymousVisitors() {
        String page = given().get("/transparency").then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("href=\"/signin\""), containsString("href=\"/transparency\""),
                        containsString("id=\"latest-head\""), containsString("href=\"/api/public/log/key\""),
                        containsString("href=\"/api/public/log/export\""),
                        containsString("href=\"/transparency/verify\""),
                        containsString("<option value=\"ballot.closed\">")))
                .extract().asString();
        Matcher size = Pattern.compile("id=\"head-size\" data-size=\"(\\d+)\"").matcher(page);
        assertThat(size.find()).isTrue();
        LogQueries.SignedHead head = queries.head(Long.parseLong(size.group(1)));
        assertThat(head.treeSize()).isGreaterThanOrEqualTo(first + ENTRIES);
        assertThat(page).contains(head.rootHash()).contains(head.signature());
        List<Long> seqs = entryLinks(page);
        assertThat(seqs).hasSize(50).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void whatAnEntrySays_isShownAsText_neverAsMarkup() {
        String log = given().queryParam("standard", standard.toString()).get("/transparency").then()
                .statusCode(200).extract().asString();
        String entry = given().get("/transparency/entries/" + first).then().statusCode(200).extract().asString();
        String timeline = given().get("/transparency/standards/" + standard).then().statusCode(200).extract()
                .asString();
        for (String page : List.of(log, entry, timeline)) {
            assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;logged&#39;)");
        }
    }

    @Test
    void filters_narrowByStandardTypeAndDays_andPagesFollowWithFiltersKept() {
        Response byStandard = given().queryParam("standard", standard.toString()).get("/transparency");
        String page = byStandard.then().statusCode(200).body(containsString("value=\"" + standard + "\""))
                .extract().asString();
        assertThat(entryLinks(page)).hasSize(50).allMatch(seq -> seq >= first).first()
                .isEqualTo(first + ENTRIES - 1);
        String next = olderLink(page);
        assertThat(next).contains("standard=" + standard).contains("before=" + (first + ENTRIES - 50));
        List<Long> all = new ArrayList<>(entryLinks(page));
        while (next != null) {
            String following = given().get(next).then().statusCode(200).extract().asString();
            all.addAll(entryLinks(following));
            next = olderLink(following);
        }
        assertThat(all).hasSize(ENTRIES).doesNotHaveDuplicates().allMatch(seq -> seq >= first);

        String closed = given().queryParam("standard", standard.toString()).queryParam("type", "ballot.closed")
                .get("/transparency").then().statusCode(200)
                .body(containsString("<option value=\"ballot.closed\" selected>")).extract().asString();
        assertThat(entryLinks(closed)).hasSize(50).allMatch(seq -> (seq - first) % 2 == 1);

        String oneDay = given().queryParam("standard", standard.toString()).queryParam("from", "2026-04-11")
                .queryParam("until", "2026-04-11").get("/transparency").then().statusCode(200).extract().asString();
        assertThat(entryLinks(oneDay)).as("the 24 hours of 11 April").hasSize(24)
                .allMatch(seq -> seq - first >= 24 && seq - first < 48);
    }

    @Test
    void anEntry_showsItsCanonicalTextLeafHashFactsProofAndTimeline() {
        LogQueries.LoggedEntry stored = queries.entry(first + 1);
        long signed = queries.latestHead().treeSize();
        given().get("/transparency/entries/" + (first + 1)).then().statusCode(200)
                .body(allOf(containsString("ballot.closed"), containsString(stored.leafHash()),
                        containsString("<dt data-fact=\"tallies.approve\">tallies › Approve</dt><dd>3</dd>"),
                        containsString("<dt data-fact=\"number\">number</dt><dd>1</dd>"),
                        containsString("/api/public/log/proofs/inclusion?seq=" + (first + 1) + "&amp;treeSize="
                                + signed),
                        containsString("href=\"/transparency/standards/" + standard + "\""),
                        containsString(stored.leaf().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                                .replace("\"", "&quot;").replace("'", "&#39;"))));
    }

    @Test
    void aStandardsTimeline_isOldestFirst_paged_andLinksItsFeed() {
        String page = given().get("/transparency/standards/" + standard).then().statusCode(200)
                .body(containsString("<link rel=\"alternate\" type=\"application/atom+xml\"")).body(
                        containsString("href=\"/transparency/standards/" + standard + "/feed\""))
                .extract().asString();
        List<Long> seqs = entryLinks(page);
        assertThat(seqs).hasSize(50).isSorted().first().isEqualTo(first);
        String later = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(page).results().findFirst()
                .map(match -> match.group(1).replace("&amp;", "&")).orElseThrow();
        assertThat(entryLinks(given().get(later).then().statusCode(200).extract().asString()).getFirst())
                .isEqualTo(first + 50);
    }

    @Test
    void aStandardsTimelineAndFeed_areNamedAsTheStandardWasCreated_orByItsIdWithoutThat() {
        UUID named = UUID.randomUUID();
        appender.append(UUID.randomUUID(), new PublicEntry("standard.created", DAY, named,
                Map.of("reference", "TAWG 9", "title", "Open <b>weights</b>", "scope", "All models")));
        given().get("/transparency/standards/" + named).then().statusCode(200)
                .body(containsString("<h1>Timeline of TAWG 9 · Open &lt;b&gt;weights&lt;/b&gt;</h1>"));
        client.given().get("/transparency/standards/" + named + "/feed").then().statusCode(200)
                .body(containsString("<title>Accord public log: TAWG 9 · Open &lt;b&gt;weights&lt;/b&gt;</title>"));
        given().get("/transparency/standards/" + standard).then().statusCode(200)
                .body(containsString("<h1>Timeline of " + standard + "</h1>"));
    }

    @Test
    void theFeed_isWellFormedAtom_newestFirst_atMostAHundred() throws Exception {
        Response response = client.given().get("/transparency/standards/" + standard + "/feed");
        response.then().statusCode(200).contentType(containsString("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));

        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(100);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            ids.add(text(entry, "id"));
            assertThat(text(entry, "summary")).contains(SCRIPT);
            assertThat(((Element) entry.getElementsByTagNameNS("*", "link").item(0)).getAttribute("href"))
                    .endsWith("/transparency/entries/" + (first + ENTRIES - 1 - i));
        }
        List<String> expected = new ArrayList<>();
        for (long seq = first + ENTRIES - 1; seq >= first + ENTRIES - 100; seq--) {
            expected.add("urn:accord:log:" + seq);
        }
        assertThat(ids).isEqualTo(expected);
        String newest = DAY.plus(Duration.ofHours(ENTRIES - 1)).toString();
        assertThat(text((Element) entries.item(0), "updated")).isEqualTo(newest);
        assertThat(((Element) root.getElementsByTagNameNS("*", "updated").item(0)).getParentNode()).isEqualTo(root);
        assertThat(text(root, "updated")).isEqualTo(newest);
    }

    @Test
    void theVerifyPage_explainsTheToolTheExportAndTheKey() {
        given().get("/transparency/verify").then().statusCode(200).body(allOf(
                containsString("make verify-log URL=http://localhost:"),
                containsString("java -jar verify-log.jar --file accord-log.json --key accord-log.pem"),
                containsString("/api/public/log/export"), containsString("/api/public/log/key"),
                containsString("{\"rootHash\":\"&lt;hex&gt;\",\"timestamp\":&lt;ms&gt;,\"treeSize\":&lt;n&gt;}"),
                containsString("2.1.3.2")));
    }

    @Test
    void badAddresses_getTheErrorPage_withTheirStatus() {
        errorPage("/transparency/entries/many", 400);
        errorPage("/transparency/entries/" + (client.size() + 1_000_000), 404);
        errorPage("/transparency/entries/-1", 404);
        errorPage("/transparency/standards/not-an-id", 400);
        errorPage("/transparency/standards/" + UUID.randomUUID(), 404);
        errorPage("/transparency/standards/" + standard + "?after=later", 400);
        errorPage("/transparency?from=yesterday", 400);
        errorPage("/transparency?until=2026-02-30", 400);
        errorPage("/transparency?from=+1000000-01-01", 400);
        errorPage("/transparency?from=2026-04-12&until=2026-04-10", 400);
        errorPage("/transparency?standard=TAWG-1", 400);
        errorPage("/transparency?before=newest", 400);
        client.given().get("/transparency/standards/" + UUID.randomUUID() + "/feed").then().statusCode(404);
        client.given().get("/transparency/standards/not-an-id/feed").then().statusCode(400);
    }

    private static void errorPage(String path, int status) {
        given().accept("text/html").get(path).then().statusCode(status).contentType(containsString("text/html"))
                .body(allOf(containsString("<h1>" + status), not(containsString("Exception"))));
    }

    private static List<Long> entryLinks(String page) {
        String entries = page.contains("id=\"entries\"") || page.contains("id=\"timeline\"")
                ? page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"))
                : "";
        List<Long> seqs = new ArrayList<>();
        Matcher links = ENTRY_LINK.matcher(entries);
        while (links.find()) {
            seqs.add(Long.parseLong(links.group(1)));
        }
        return seqs;
    }

    private static String olderLink(String page) {
        Matcher older = Pattern.compile("href=\"([^\"]+)\" rel=\"next\" id=\"older\"").matcher(page);
        return older.find() ? older.group(1).replace("&amp;", "&") : null;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }
}
