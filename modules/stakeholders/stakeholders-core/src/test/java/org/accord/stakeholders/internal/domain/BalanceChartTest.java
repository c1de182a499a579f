package org.accord.stakeholders.internal.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.accord.membership.api.Side.EU;
import static org.accord.membership.api.Side.OBSERVER;
import static org.accord.membership.api.Side.US;
import static org.accord.stakeholders.internal.domain.Positions.all;
import static org.accord.stakeholders.internal.domain.Positions.nonVoting;
import static org.accord.stakeholders.internal.domain.Positions.voting;
import static org.assertj.core.api.Assertions.assertThat;

class BalanceChartTest {

    private static final List<String> GROUPS = List.of("INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY");
    private static final Balance BALANCE = new Balance(all(voting(3, "INDUSTRY", US), voting(2, "INDUSTRY", EU),
            nonVoting(4, "INDUSTRY", EU), voting(1, "ACADEMIA", US), voting(2, "ACADEMIA", EU)), GROUPS);

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String tag, String cssClass) {
        NodeList nodes = document.getElementsByTagName(tag);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i))
                .filter(element -> element.getAttribute("class").equals(cssClass)).toList();
    }

    private static String desc(Document document) {
        return document.getElementsByTagName("desc").item(0).getTextContent();
    }

    @Test
    void render_isWellFormedSvgOfWidth640() throws Exception {
        var root = parse(BalanceChart.render(BALANCE)).getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).isEqualTo("640");
    }

    @Test
    void render_drawsOneBarRowPerGroupInBalanceOrder() throws Exception {
        var rows = elements(parse(BalanceChart.render(BALANCE)), "g", "group-row");

        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(row -> row.getElementsByTagName("text").item(0).getTextContent())
                .containsExactly("INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY");
        assertThat(rows).extracting(row -> row.getElementsByTagName("text").item(1).getTextContent())
                .containsExactly("5", "3", "0");
    }

    @Test
    void render_stacksVotingMembersBySideWithOneFillPerSide() throws Exception {
        var industry = elements(parse(BalanceChart.render(BALANCE)), "g", "group-row").getFirst();
        NodeList rects = industry.getElementsByTagName("rect");

        var segments = IntStream.range(0, rects.getLength()).mapToObj(i -> (Element) rects.item(i))
                .filter(rect -> rect.getAttribute("class").equals("segment")).toList();
        assertThat(segments).extracting(segment -> segment.getAttribute("fill")).containsExactly("#1f4fa3", "#c0392b");
        assertThat(segments).extracting(segment -> segment.getAttribute("width")).containsExactly("252.0", "168.0");
        assertThat(segments).extracting(segment -> segment.getAttribute("x")).containsExactly("160.0", "412.0");
    }

    @Test
    void render_scalesBarsToTheLargestGroup() throws Exception {
        var academia = elements(parse(BalanceChart.render(BALANCE)), "g", "group-row").get(1);
        NodeList rects = academia.getElementsByTagName("rect");

        // Track first, then US 1 and EU 2 of a largest group of 5 on a 420 px track.
        assertThat(((Element) rects.item(1)).getAttribute("width")).isEqualTo("84.0");
        assertThat(((Element) rects.item(2)).getAttribute("width")).isEqualTo("168.0");
    }

    @Test
    void render_hasAnAccessibleTitleAndDescription() throws Exception {
        var document = parse(BalanceChart.render(BALANCE));
        var root = document.getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("balance-chart-title balance-chart-desc");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Voting members by stakeholder group and side");
        assertThat(desc(document)).isEqualTo("8 voting members in total: US 4 (50.0%), EU 4 (50.0%), OBSERVER 0 "
                + "(0.0%). By stakeholder group: INDUSTRY 5 (62.5%: US 3, EU 2, OBSERVER 0); ACADEMIA 3 (37.5%: "
                + "US 1, EU 2, OBSERVER 0); CIVIL_SOCIETY 0 (0.0%: US 0, EU 0, OBSERVER 0).");
    }

    @Test
    void render_hasALegendForEverySide() throws Exception {
        var legend = elements(parse(BalanceChart.render(BALANCE)), "g", "legend").getFirst();

        assertThat(legend.getTextContent()).contains(US.name(), EU.name(), OBSERVER.name());
        assertThat(legend.getElementsByTagName("rect").getLength()).isEqualTo(3);
    }

    @Test
    void render_usesNoStyleAttributeOrElement() {
        String svg = BalanceChart.render(BALANCE);

        assertThat(svg).doesNotContainPattern(Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE));
        assertThat(svg).doesNotContainIgnoringCase("<script");
    }

    @Test
    void render_escapesMarkupInGroupCodes() throws Exception {
        var hostile = new Balance(voting(2, "<script>alert('x')</script>", US), List.of("R&D \"labs\""));

        String svg = BalanceChart.render(hostile);

        assertThat(svg).doesNotContain("<script>").doesNotContain("'x'").doesNotContain("\"labs\"");
        assertThat(svg).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "R&amp;D &quot;labs&quot;");
        var document = parse(svg);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(desc(document)).contains("<script>alert('x')</script> 2", "R&D \"labs\" 0");
    }

    @Test
    void render_replacesCharactersXmlCannotCarry() throws Exception {
        var odd = new Balance(voting(1, "BELL\u0007\uD800", EU), List.of());

        var rows = elements(parse(BalanceChart.render(odd)), "g", "group-row");

        assertThat(rows.getFirst().getElementsByTagName("text").item(0).getTextContent()).isEqualTo("BELL\uFFFD\uFFFD");
    }

    @Test
    void render_shortensLongGroupLabelsButKeepsTheFullCodeInTheRowTitle() throws Exception {
        String longCode = "TRADE_UNIONS_AND_WORKER_ASSOCIATIONS";
        var balance = new Balance(voting(1, longCode, EU), List.of(longCode));

        var row = elements(parse(BalanceChart.render(balance)), "g", "group-row").getFirst();

        assertThat(row.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("TRADE_UNIONS_AND_…");
        assertThat(row.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo(longCode + ": 1 voting member (US 0, EU 1, OBSERVER 0)");
    }

    @Test
    void render_whenNobodyVotes_drawsEmptyRowsAndSaysSo() throws Exception {
        var noVoters = new Balance(nonVoting(3, "INDUSTRY", US), GROUPS);

        var document = parse(BalanceChart.render(noVoters));

        assertThat(elements(document, "g", "group-row")).hasSize(3);
        assertThat(elements(document, "rect", "bar-track")).hasSize(3);
        assertThat(elements(document, "rect", "segment")).isEmpty();
        assertThat(desc(document)).isEqualTo("No member holds voting rights at the moment, so every bar is empty. "
                + "Groups shown: INDUSTRY, ACADEMIA, CIVIL_SOCIETY.");
    }

    @Test
    void render_withoutGroups_saysThereIsNothingToShow() throws Exception {
        var document = parse(BalanceChart.render(new Balance(List.of(), List.of())));

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

        assertThat(BalanceChart.render(again)).isEqualTo(BalanceChart.render(BALANCE));
    }

    private static int height(Balance balance) throws Exception {
        var root = parse(BalanceChart.render(balance)).getDocumentElement();
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 " + root.getAttribute("height"));
        return Integer.parseInt(root.getAttribute("height"));
    }
}
