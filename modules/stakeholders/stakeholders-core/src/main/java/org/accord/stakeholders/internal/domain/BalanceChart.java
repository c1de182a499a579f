package org.accord.stakeholders.internal.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.accord.membership.api.Side;
import org.accord.platform.i18n.Text;

/**
 * Draws each stakeholder group's share of all voting members as a horizontal bar split by side, as self-contained SVG
 * to embed in a page, in the reader's language. Nothing depends on colour alone: each side has a pattern as well as a
 * colour, each bar is labelled with its figures and its sides' counts, and a group above the limit says so in words.
 * The title and description give a screen reader the whole chart; the page shows the same figures in a table. It uses
 * presentation attributes only: the Content-Security-Policy forbids inline styles. It is drawn 360 units wide and
 * scales down with its container, so it still reads on a 320 px screen.
 */
public final class BalanceChart {

    private static final int WIDTH = 360;
    private static final String TITLE_ID = "balance-chart-title";
    private static final String DESC_ID = "balance-chart-desc";

    private static final String TEXT_FILL = "#1b1b1b";
    private static final String TRACK_STROKE = "#6b7280";
    private static final Map<Side, String> COLOURS = Map.of(Side.US, "#1f4fa3", Side.EU, "#b02a1f", Side.OBSERVER,
            "#4d5859");
    /** The US bars are plain, the others carry a pattern of white stripes or dots over their colour. */
    private static final Map<Side, String> FILLS = Map.of(Side.US, COLOURS.get(Side.US), Side.EU,
            "url(#balance-chart-eu)", Side.OBSERVER, "url(#balance-chart-observer)");

    private static final int PAD = 8;
    private static final int BAR_LENGTH = WIDTH - 2 * PAD;
    private static final int BAR_HEIGHT = 18;
    private static final int LABEL_SIZE = 15;
    private static final int SMALL_SIZE = 13;
    private static final int LINE = 18;
    private static final int ROW_GAP = 12;
    private static final int LEGEND_STEP = 116;
    // Longer names would run out of the chart; the row's tooltip still carries the whole name.
    private static final int LABEL_MAX_CODE_POINTS = 26;

    private BalanceChart() {
    }

    /**
     * @param groupLimit
     *            the strictest {@link BalanceRuleKind#MAX_GROUP_SHARE} rule, drawn as a dashed mark across the bars
     */
    public static String render(Balance balance, BalanceWords words, Optional<BalanceRule> groupLimit) {
        Set<String> above = groupLimit.flatMap(rule -> rule.violation(balance)).map(BalanceChart::subjects)
                .orElse(Set.of());
        List<String> groups = balance.groups();
        var body = new StringBuilder(1024 + 768 * groups.size());
        int y = groupLimit.isPresent() ? LINE + 4 : 4;
        groupLimit.ifPresent(rule -> appendLimitLabel(body, words, rule.thresholdPercent()));
        for (String group : groups) {
            y = appendRow(body, balance, words, group, y, groupLimit, above.contains(group)) + ROW_GAP;
        }
        appendLegend(body, words, balance.sides(), y);
        int height = y + LINE + 4;

        var svg = new StringBuilder(body.length() + 2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(TITLE_ID).append(' ').append(DESC_ID)
                .append("\" font-family=\"sans-serif\" font-size=\"").append(SMALL_SIZE).append("\">\n");
        svg.append("<title id=\"").append(TITLE_ID).append("\">")
                .append(escape(words.say(Text.of("stakeholders.chart_title")))).append("</title>\n");
        svg.append("<desc id=\"").append(DESC_ID).append("\">").append(escape(describe(balance, words, groupLimit)))
                .append("</desc>\n");
        appendPatterns(svg);
        return svg.append(body).append("</svg>\n").toString();
    }

    private static void appendPatterns(StringBuilder svg) {
        svg.append("<defs>\n<pattern id=\"balance-chart-eu\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"")
                .append(COLOURS.get(Side.EU))
                .append("\"/><rect width=\"2\" height=\"6\" fill=\"#ffffff\"/></pattern>\n");
        svg.append("<pattern id=\"balance-chart-observer\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"6\" height=\"6\" fill=\"").append(COLOURS.get(Side.OBSERVER))
                .append("\"/><circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#ffffff\"/></pattern>\n</defs>\n");
    }

    private static void appendLimitLabel(StringBuilder svg, BalanceWords words, int threshold) {
        double x = limitX(threshold);
        String anchor = x < WIDTH / 4.0 ? "start" : x > WIDTH * 3 / 4.0 ? "end" : "middle";
        svg.append("<text class=\"limit-label\" x=\"").append(coordinate(x)).append("\" y=\"").append(LINE - 4)
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(TEXT_FILL).append("\">")
                .append(escape(words.say(Text.of("stakeholders.chart_limit", threshold)))).append("</text>\n");
    }

    /** Draws one group's label, bar and side counts from {@code top}; returns where the row ends. */
    private static int appendRow(StringBuilder svg, Balance balance, BalanceWords words, String group, int top,
            Optional<BalanceRule> groupLimit, boolean aboveLimit) {
        String name = words.group(group);
        svg.append("<g class=\"group-row\">\n");
        svg.append("<title>").append(escape(rowLabel(balance, words, group, name))).append("</title>\n");
        int y = top + LINE;
        svg.append("<text class=\"row-label\" x=\"").append(PAD).append("\" y=\"").append(y - 4)
                .append("\" font-size=\"").append(LABEL_SIZE).append("\" font-weight=\"bold\" fill=\"")
                .append(TEXT_FILL).append("\">").append(escape(rowLabel(balance, words, group, shortened(name))))
                .append("</text>\n");
        int barTop = y + 2;
        svg.append("<rect class=\"bar-track\" x=\"").append(PAD).append("\" y=\"").append(barTop).append("\" width=\"")
                .append(BAR_LENGTH).append("\" height=\"").append(BAR_HEIGHT)
                .append("\" fill=\"#ffffff\" stroke=\"").append(TRACK_STROKE).append("\"/>\n");
        appendSegments(svg, balance, group, barTop);
        groupLimit.ifPresent(rule -> appendLimitMark(svg, limitX(rule.thresholdPercent()), barTop));
        y = barTop + BAR_HEIGHT + LINE - 2;
        svg.append("<text class=\"side-counts\" x=\"").append(PAD).append("\" y=\"").append(y).append("\" fill=\"")
                .append(TEXT_FILL).append("\">").append(escape(sideCounts(balance, words, group, " · ")))
                .append("</text>\n");
        if (aboveLimit) {
            y += LINE;
            svg.append("<text class=\"above-limit\" x=\"").append(PAD).append("\" y=\"").append(y)
                    .append("\" font-weight=\"bold\" fill=\"").append(TEXT_FILL).append("\">")
                    .append(escape(words.say(Text.of("stakeholders.chart_above_limit",
                            groupLimit.orElseThrow().thresholdPercent()))))
                    .append("</text>\n");
        }
        svg.append("</g>\n");
        return y + 4;
    }

    /** A dashed mark across the bar, on a white band so that it stands out from every side's colour. */
    private static void appendLimitMark(StringBuilder svg, double limitX, int barTop) {
        String x = coordinate(limitX);
        String ends = "\" y1=\"" + (barTop - 4) + "\" y2=\"" + (barTop + BAR_HEIGHT + 4) + "\"";
        svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append(ends)
                .append(" stroke=\"#ffffff\" stroke-width=\"4\"/>\n");
        svg.append("<line class=\"limit\" x1=\"").append(x).append("\" x2=\"").append(x).append(ends)
                .append(" stroke=\"").append(TEXT_FILL).append("\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>\n");
    }

    private static void appendSegments(StringBuilder svg, Balance balance, String group, int barTop) {
        int total = balance.totalVotingMembers();
        int stacked = 0;
        for (Side side : balance.sides()) {
            int count = balance.votingMembers(group, side);
            if (count > 0) {
                // Both ends come from running totals so adjacent segments meet without gaps.
                double start = PAD + (double) BAR_LENGTH * stacked / total;
                double end = PAD + (double) BAR_LENGTH * (stacked + count) / total;
                svg.append("<rect class=\"segment\" data-side=\"").append(side.name()).append("\" x=\"")
                        .append(coordinate(start)).append("\" y=\"").append(barTop).append("\" width=\"")
                        .append(coordinate(end - start)).append("\" height=\"").append(BAR_HEIGHT)
                        .append("\" fill=\"").append(FILLS.get(side))
                        .append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n");
                stacked += count;
            }
        }
    }

    private static void appendLegend(StringBuilder svg, BalanceWords words, List<Side> sides, int top) {
        svg.append("<g class=\"legend\">\n");
        int x = PAD;
        for (Side side : sides) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(top + 2)
                    .append("\" width=\"14\" height=\"14\" fill=\"").append(FILLS.get(side)).append("\" stroke=\"")
                    .append(TRACK_STROKE).append("\"/>\n");
            svg.append("<text x=\"").append(x + 19).append("\" y=\"").append(top + 14).append("\" fill=\"")
                    .append(TEXT_FILL).append("\">").append(escape(words.side(side))).append("</text>\n");
            x += LEGEND_STEP;
        }
        svg.append("</g>\n");
    }

    private static String describe(Balance balance, BalanceWords words, Optional<BalanceRule> groupLimit) {
        List<String> groups = balance.groups();
        if (groups.isEmpty()) {
            return words.say(Text.of("stakeholders.chart_no_groups"));
        }
        int total = balance.totalVotingMembers();
        if (total == 0) {
            return words.say(Text.of("stakeholders.chart_no_voters", words.list(groups.stream().map(words::group)
                    .toList())));
        }
        String bySide = words.list(balance.sides().stream().map(side -> words.say(Text.of(
                "stakeholders.chart_side_total", words.side(side), words.count(balance.votingMembers(side)),
                words.percent(balance.votingShareOfSide(side))))).toList());
        String byGroup = words.list(groups.stream().map(group -> words.say(Text.of("stakeholders.chart_group_total",
                words.group(group), words.count(balance.votingMembers(group)),
                words.percent(balance.votingShareOfGroup(group)), sideCounts(balance, words, group, ", "))))
                .toList());
        String summary = words.say(Text.of("stakeholders.chart_summary", words.count(total), bySide, byGroup));
        return groupLimit.map(rule -> summary + " " + limitSummary(balance, words, rule)).orElse(summary);
    }

    private static String limitSummary(Balance balance, BalanceWords words, BalanceRule rule) {
        return rule.violation(balance)
                .map(finding -> words.say(Text.of("stakeholders.chart_limit_broken", rule.thresholdPercent(),
                        words.list(finding.breaches().stream().map(breach -> words.group(breach.subject()))
                                .toList()))))
                .orElseGet(() -> words.say(Text.of("stakeholders.chart_limit_kept", rule.thresholdPercent())));
    }

    private static String rowLabel(Balance balance, BalanceWords words, String group, String name) {
        return words.say(Text.of("stakeholders.chart_row", name, words.count(balance.votingMembers(group)),
                words.percent(balance.votingShareOfGroup(group))));
    }

    private static String sideCounts(Balance balance, BalanceWords words, String group, String separator) {
        return balance.sides().stream().map(side -> words.say(Text.of("stakeholders.chart_side_count",
                words.side(side), words.count(balance.votingMembers(group, side)))))
                .collect(Collectors.joining(separator));
    }

    private static Set<String> subjects(Finding finding) {
        return finding.breaches().stream().map(Breach::subject).collect(Collectors.toSet());
    }

    private static double limitX(int threshold) {
        return PAD + BAR_LENGTH * threshold / 100.0;
    }

    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= LABEL_MAX_CODE_POINTS) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, LABEL_MAX_CODE_POINTS - 1)) + "\u2026";
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
