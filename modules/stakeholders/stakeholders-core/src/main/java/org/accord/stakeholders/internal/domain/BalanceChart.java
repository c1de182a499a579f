package org.accord.stakeholders.internal.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.accord.membership.api.Side;

/**
 * Draws the voting members of each stakeholder group as a horizontal bar stacked by side, as self-contained SVG to
 * embed in a page. It uses presentation attributes only: the Content-Security-Policy forbids inline styles.
 */
public final class BalanceChart {

    private static final int WIDTH = 640;
    private static final String TITLE_ID = "balance-chart-title";
    private static final String DESC_ID = "balance-chart-desc";

    private static final Map<Side, String> FILLS = Map.of(
            Side.US, "#1f4fa3",
            Side.EU, "#c0392b",
            Side.OBSERVER, "#7f8c8d");
    private static final String TEXT_FILL = "#1b1b1b";
    private static final int TOP = 12;
    private static final int ROW_HEIGHT = 28;
    private static final int BAR_HEIGHT = 18;
    private static final int LABEL_X = 12;
    private static final int BAR_X = 160;
    private static final int BAR_LENGTH = 420;
    private static final int COUNT_X = BAR_X + BAR_LENGTH + 8;
    private static final int LEGEND_GAP = 10;
    private static final int LEGEND_HEIGHT = 14;
    private static final int BOTTOM = 12;
    private static final int TEXT_BASELINE = 13;
    // Longer admin-chosen codes would run into the bars; the row's tooltip still carries the whole code.
    private static final int LABEL_MAX_CODE_POINTS = 18;

    private BalanceChart() {
    }

    public static String render(Balance balance) {
        List<String> groups = balance.groups();
        int height = TOP + groups.size() * ROW_HEIGHT + LEGEND_GAP + LEGEND_HEIGHT + BOTTOM;
        var svg = new StringBuilder(1024 + 512 * groups.size());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(TITLE_ID).append(' ').append(DESC_ID)
                .append("\" font-family=\"sans-serif\" font-size=\"13\">\n");
        svg.append("<title id=\"").append(TITLE_ID).append("\">Voting members by stakeholder group and side</title>\n");
        svg.append("<desc id=\"").append(DESC_ID).append("\">").append(escape(describe(balance))).append("</desc>\n");

        int longestBar = groups.stream().mapToInt(balance::votingMembers).max().orElse(0);
        for (int row = 0; row < groups.size(); row++) {
            appendRow(svg, balance, groups.get(row), TOP + row * ROW_HEIGHT, longestBar);
        }
        appendLegend(svg, balance.sides(), TOP + groups.size() * ROW_HEIGHT + LEGEND_GAP);
        return svg.append("</svg>\n").toString();
    }

    private static void appendRow(StringBuilder svg, Balance balance, String group, int top, int longestBar) {
        int barTop = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        int baseline = barTop + TEXT_BASELINE;
        svg.append("<g class=\"group-row\">\n");
        svg.append("<title>").append(escape(rowSummary(balance, group))).append("</title>\n");
        svg.append("<text x=\"").append(LABEL_X).append("\" y=\"").append(baseline).append("\" fill=\"")
                .append(TEXT_FILL).append("\">").append(escape(shortened(group))).append("</text>\n");
        svg.append("<rect class=\"bar-track\" x=\"").append(BAR_X).append("\" y=\"").append(barTop)
                .append("\" width=\"").append(BAR_LENGTH).append("\" height=\"").append(BAR_HEIGHT)
                .append("\" fill=\"#f2f4f5\" stroke=\"#c8cdd1\"/>\n");
        int stacked = 0;
        for (Side side : balance.sides()) {
            int count = balance.votingMembers(group, side);
            if (count > 0) {
                // Both ends come from running totals so adjacent segments meet without gaps.
                double start = BAR_X + (double) BAR_LENGTH * stacked / longestBar;
                double end = BAR_X + (double) BAR_LENGTH * (stacked + count) / longestBar;
                svg.append("<rect class=\"segment\" x=\"").append(coordinate(start)).append("\" y=\"").append(barTop)
                        .append("\" width=\"").append(coordinate(end - start)).append("\" height=\"")
                        .append(BAR_HEIGHT).append("\" fill=\"").append(FILLS.get(side))
                        .append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n");
                stacked += count;
            }
        }
        svg.append("<text x=\"").append(COUNT_X).append("\" y=\"").append(baseline).append("\" fill=\"")
                .append(TEXT_FILL).append("\">").append(balance.votingMembers(group)).append("</text>\n");
        svg.append("</g>\n");
    }

    private static void appendLegend(StringBuilder svg, List<Side> sides, int top) {
        svg.append("<g class=\"legend\">\n");
        int x = BAR_X;
        for (Side side : sides) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(top + 1)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(FILLS.get(side)).append("\"/>\n");
            svg.append("<text x=\"").append(x + 18).append("\" y=\"").append(top + 12).append("\" fill=\"")
                    .append(TEXT_FILL).append("\">").append(side.name()).append("</text>\n");
            x += 110;
        }
        svg.append("</g>\n");
    }

    private static String describe(Balance balance) {
        List<String> groups = balance.groups();
        if (groups.isEmpty()) {
            return "There are no stakeholder groups to show.";
        }
        int total = balance.totalVotingMembers();
        if (total == 0) {
            return "No member holds voting rights at the moment, so every bar is empty. Groups shown: "
                    + String.join(", ", groups) + ".";
        }
        var bySide = new StringJoiner(", ");
        balance.sides().forEach(side -> bySide.add(side + " " + balance.votingMembers(side) + " ("
                + Percentages.oneDecimal(balance.votingShareOfSide(side)) + "%)"));
        var byGroup = new StringJoiner("; ");
        groups.forEach(group -> byGroup.add(group + " " + balance.votingMembers(group) + " ("
                + Percentages.oneDecimal(balance.votingShareOfGroup(group)) + "%: " + sideCounts(balance, group)
                + ")"));
        return votingMembers(total) + " in total: " + bySide + ". By stakeholder group: " + byGroup + ".";
    }

    private static String rowSummary(Balance balance, String group) {
        return group + ": " + votingMembers(balance.votingMembers(group)) + " (" + sideCounts(balance, group) + ")";
    }

    private static String sideCounts(Balance balance, String group) {
        var counts = new StringJoiner(", ");
        balance.sides().forEach(side -> counts.add(side + " " + balance.votingMembers(group, side)));
        return counts.toString();
    }

    private static String votingMembers(int count) {
        return count + (count == 1 ? " voting member" : " voting members");
    }

    private static String shortened(String group) {
        if (group.codePointCount(0, group.length()) <= LABEL_MAX_CODE_POINTS) {
            return group;
        }
        return group.substring(0, group.offsetByCodePoints(0, LABEL_MAX_CODE_POINTS - 1)) + "\u2026";
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Escapes markup and replaces characters XML cannot carry at all, so admin input never breaks the document. */
    private static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(allowedInXml(c) ? c : '\uFFFD');
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
