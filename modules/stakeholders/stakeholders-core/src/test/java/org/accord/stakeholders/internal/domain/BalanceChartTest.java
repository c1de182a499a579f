package org.accord.stakeholders.internal.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.accord.platform.i18n.Text;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.accord.membership.api.Side.EU;
import static org.accord.membership.api.Side.US;
import static org.accord.stakeholders.internal.domain.BalanceRuleKind.MAX_GROUP_SHARE;
import static org.accord.stakeholders.internal.domain.BalanceWordsTest.FRENCH;
import static org.accord.stakeholders.internal.domain.BalanceWordsTest.GERMAN;
import static org.accord.stakeholders.internal.domain.BalanceWordsTest.words;
import static org.accord.stakeholders.internal.domain.Positions.all;
import static org.accord.stakeholders.internal.domain.Positions.nonVoting;
import static org.accord.stakeholders.internal.domain.Positions.voting;
import static org.assertj.core.api.Assertions.assertThat;

class BalanceChartTest {

    private static final String NBSP = "\u00a0";
    private static final List<String> GROUPS = List.of("INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY");
    /** 8 voting members: INDUSTRY 5 (US 3, EU 2), ACADEMIA 3 (US 1, EU 2), CIVIL_SOCIETY none. */
    private static final Balance BALANCE = new Balance(all(voting(3, "INDUSTRY", US), voting(2, "INDUSTRY", EU),
            nonVoting(4, "INDUSTRY", EU), voting(1, "ACADEMIA", US), voting(2, "ACADEMIA", EU)), GROUPS);
    private static final Optional<BalanceRule> LIMIT_50 = Optional.of(new BalanceRule("cap", MAX_GROUP_SHARE, 50));

    private static String render(Balance balance) {
        return BalanceChart.render(balance, words(Locale.ENGLISH), Optional.empty());
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String tag, String cssClass) {
        return elements(document.getElementsByTagName(tag)).stream()
                .filter(element -> element.getAttribute("class").equals(cssClass)).toList();
    }

    private static List<Element> elements(NodeList nodes) {
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private static List<String> texts(Document document, String cssClass) {
        return elements(document, "text", cssClass).stream().map(Element::getTextContent).toList();
    }

    private static String desc(Document document) {
        return document.getElementsByTagName("desc").item(0).getTextContent();
    }

    @Test
    void render_isWellFormedSvgThatScalesFrom360UnitsWide() throws Exception {
        var root = parse(render(BALANCE)).getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).isEqualTo("360");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 360 " + root.getAttribute("height"));
    }

    @Test
    void render_labelsOneRowPerGroupInBalanceOrder_withItsFiguresInTheReadersLanguage() throws Exception {
        assertThat(texts(parse(render(BALANCE)), "row-label"))
                .containsExactly("Industry: 5 (62.5%)", "Academia: 3 (37.5%)", "Civil society: 0 (0.0%)");
        assertThat(texts(parse(BalanceChart.render(BALANCE, words(FRENCH), Optional.empty())), "row-label"))
                .containsExactly("Industrie" + NBSP + ": 5 (62,5" + NBSP + "%)",
                        "Milieu universitaire" + NBSP + ": 3 (37,5" + NBSP + "%)",
                        "Société civile" + NBSP + ": 0 (0,0" + NBSP + "%)");
    }

    @Test
    void render_writesEverySidesCountUnderEachBar_soColourIsNeverNeededToReadIt() throws Exception {
        assertThat(texts(parse(render(BALANCE)), "side-counts")).containsExactly("US 3 · EU 2 · Observers 0",
                "US 1 · EU 2 · Observers 0", "US 0 · EU 0 · Observers 0");
        assertThat(texts(parse(BalanceChart.render(BALANCE, words(GERMAN), Optional.empty())), "side-counts"))
                .first().isEqualTo("USA 3 · EU 2 · Beobachter 0");
    }

    @Test
    void render_stacksVotingMembersBySide_asSharesOfAllVotingMembers() throws Exception {
        var industry = elements(parse(render(BALANCE)), "g", "group-row").getFirst();
        var segments = elements(industry.getElementsByTagName("rect")).stream()
                .filter(rect -> rect.getAttribute("class").equals("segment")).toList();

        // 3 and 2 of 8 voting members on a 344 unit track starting at 8.
        assertThat(segments).extracting(segment -> segment.getAttribute("data-side")).containsExactly("US", "EU");
        assertThat(segments).extracting(segment -> segment.getAttribute("width")).containsExactly("129.0", "86.0");
        assertThat(segments).extracting(segment -> segment.getAttribute("x")).containsExactly("8.0", "137.0");
    }

    @Test
    void render_setsSidesApartByPatternAsWellAsColour() throws Exception {
        var document = parse(render(BALANCE));
        var industry = elements(document, "g", "group-row").getFirst();

        assertThat(elements(industry.getElementsByTagName("rect"))).filteredOn(r -> r.hasAttribute("data-side"))
                .extracting(r -> r.getAttribute("fill")).containsExactly("#1f4fa3", "url(#balance-chart-eu)");
        assertThat(elements(document.getElementsByTagName("pattern"))).extracting(p -> p.getAttribute("id"))
                .containsExactly("balance-chart-eu", "balance-chart-observer");
        var legend = elements(document, "g", "legend").getFirst();
        assertThat(elements(legend.getElementsByTagName("rect"))).extracting(r -> r.getAttribute("fill"))
                .containsExactly("#1f4fa3", "url(#balance-chart-eu)", "url(#balance-chart-observer)");
        assertThat(elements(legend.getElementsByTagName("text"))).extracting(Element::getTextContent)
                .containsExactly("US", "EU", "Observers");
    }

    @Test
    void render_hasATitleAndADescriptionOfTheWholeChart_inTheReadersLanguage() throws Exception {
        var document = parse(render(BALANCE));
        var root = document.getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("balance-chart-title balance-chart-desc");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Voting members by stakeholder group and side");
        assertThat(desc(document)).isEqualTo("Voting members in total: 8. By side: US: 4 (50.0%); EU: 4 (50.0%); "
                + "Observers: 0 (0.0%). By stakeholder group: Industry: 5 (62.5%), of whom US 3, EU 2, Observers 0; "
                + "Academia: 3 (37.5%), of whom US 1, EU 2, Observers 0; Civil society: 0 (0.0%), of whom US 0, EU 0,"
                + " Observers 0.");

        var german = parse(BalanceChart.render(BALANCE, words(GERMAN), Optional.empty()));
        assertThat(german.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Stimmberechtigte Mitglieder nach Interessengruppe und Delegation");
        assertThat(desc(german)).startsWith("Stimmberechtigte Mitglieder insgesamt: 8. Nach Delegation: USA: 4 (50,0"
                + NBSP + "%)").contains("Industrie: 5 (62,5" + NBSP + "%), davon USA 3, EU 2, Beobachter 0");
    }

    @Test
    void render_withAGroupLimit_marksItOnEveryBar_andSaysInWordsWhichGroupIsAbove() throws Exception {
        var document = parse(BalanceChart.render(BALANCE, words(Locale.ENGLISH), LIMIT_50));

        assertThat(texts(document, "limit-label")).containsExactly("Limit 50%");
        assertThat(elements(document, "line", "limit")).hasSize(3)
                .allSatisfy(line -> assertThat(line.getAttribute("x1")).isEqualTo("180.0"))
                .allSatisfy(line -> assertThat(line.getAttribute("stroke-dasharray")).isNotEmpty());
        var rows = elements(document, "g", "group-row");
        assertThat(rows).extracting(row -> elements(row.getElementsByTagName("text")).stream()
                .filter(text -> text.getAttribute("class").equals("above-limit")).map(Element::getTextContent)
                .toList())
                .containsExactly(List.of("Above the limit of 50%"), List.of(), List.of());
        assertThat(desc(document)).endsWith("The dashed marks show the limit of 50% of voting members per group;"
                + " above it: Industry.");

        var french = parse(BalanceChart.render(BALANCE, words(FRENCH), LIMIT_50));
        assertThat(texts(french, "limit-label")).containsExactly("Limite 50" + NBSP + "%");
        assertThat(texts(french, "above-limit")).containsExactly("Au-delà de la limite de 50" + NBSP + "%");
    }

    @Test
    void render_withAGroupLimitThatHolds_saysSo() throws Exception {
        var document = parse(BalanceChart.render(BALANCE, words(Locale.ENGLISH),
                Optional.of(new BalanceRule("cap", MAX_GROUP_SHARE, 70))));

        assertThat(texts(document, "above-limit")).isEmpty();
        assertThat(desc(document)).endsWith("per group; no group is above it.");
    }

    @Test
    void render_usesNoStyleAttributeOrElement() {
        String svg = BalanceChart.render(BALANCE, words(Locale.ENGLISH), LIMIT_50);

        assertThat(svg).doesNotContainPattern(Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE));
        assertThat(svg).doesNotContainIgnoringCase("<script");
    }

    @Test
    void render_escapesMarkupInGroupNames() throws Exception {
        var hostile = new Balance(voting(2, "<script>alert('x')</script>", US), List.of("R&D \"labs\""));

        String svg = render(hostile);

        assertThat(svg).doesNotContain("<script>").doesNotContain("'x'").doesNotContain("\"labs\"");
        assertThat(svg).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "R&amp;D &quot;labs&quot;");
        var document = parse(svg);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(desc(document)).contains("<script>alert('x')</script>: 2", "R&D \"labs\": 0");
    }

    @Test
    void render_replacesCharactersXmlCannotCarry() throws Exception {
        var odd = new Balance(voting(1, "BELL\u0007\uD800", EU), List.of());

        assertThat(texts(parse(render(odd)), "row-label")).containsExactly("BELL\uFFFD\uFFFD: 1 (100.0%)");
    }

    @Test
    void render_shortensLongGroupNamesButKeepsTheWholeNameInTheRowTitle() throws Exception {
        String longName = "Trade unions and worker associations";
        var words = new BalanceWords(Locale.ENGLISH, code -> Text.of("platform.literal", longName));
        var balance = new Balance(voting(1, "UNIONS", EU), List.of("UNIONS"));

        var row = elements(parse(BalanceChart.render(balance, words, Optional.empty())), "g", "group-row")
                .getFirst();

        assertThat(row.getElementsByTagName("text").item(0).getTextContent())
                .isEqualTo("Trade unions and worker a…: 1 (100.0%)");
        assertThat(row.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(longName + ": 1 (100.0%)");
    }

    @Test
    void render_whenNobodyVotes_drawsEmptyRowsAndSaysSo() throws Exception {
        var noVoters = new Balance(nonVoting(3, "INDUSTRY", US), GROUPS);

        var document = parse(render(noVoters));

        assertThat(elements(document, "g", "group-row")).hasSize(3);
        assertThat(elements(document, "rect", "bar-track")).hasSize(3);
        assertThat(elements(document, "rect", "segment")).isEmpty();
        assertThat(desc(document)).isEqualTo("No member holds voting rights at the moment, so every bar is empty. "
                + "Groups shown: Industry; Academia; Civil society.");
    }

    @Test
    void render_withoutGroups_saysThereIsNothingToShow() throws Exception {
        var document = parse(render(new Balance(List.of(), List.of())));

        assertThat(elements(document, "g", "group-row")).isEmpty();
        assertThat(desc(document)).isEqualTo("There are no stakeholder groups to show.");
    }

    @Test
    void render_growsWithTheNumberOfGroups() throws Exception {
        int noGroup = height(new Balance(List.of(), List.of()));
        int oneGroup = height(new Balance(List.of(), List.of("INDUSTRY")));
        int threeGroups = height(new Balance(List.of(), GROUPS));

        assertThat(oneGroup).isGreaterThan(noGroup);
        assertThat(threeGroups - oneGroup).isEqualTo(2 * (oneGroup - noGroup));
    }

    @Test
    void render_isTheSameForEqualBalances() {
        var again = new Balance(all(voting(2, "ACADEMIA", EU), voting(1, "ACADEMIA", US), nonVoting(4, "INDUSTRY", EU),
                voting(2, "INDUSTRY", EU), voting(3, "INDUSTRY", US)), GROUPS);

        assertThat(render(again)).isEqualTo(render(BALANCE));
    }

    private static int height(Balance balance) throws Exception {
        return Integer.parseInt(parse(render(balance)).getDocumentElement().getAttribute("height"));
    }
}
