package org.accord.stakeholders.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.accord.membership.api.Side;
import org.accord.platform.i18n.Text;
import org.accord.stakeholders.api.GroupLabels;
import org.accord.stakeholders.api.GroupSummary;
import org.accord.stakeholders.internal.app.GroupQueries.AlertView;
import org.accord.stakeholders.internal.app.GroupQueries.BalanceView;
import org.accord.stakeholders.internal.domain.Balance;
import org.accord.stakeholders.internal.domain.BalanceRuleKind;
import org.accord.stakeholders.internal.domain.BalanceWords;
import org.accord.stakeholders.internal.domain.Breach;
import org.accord.stakeholders.internal.domain.Finding;
import org.accord.stakeholders.internal.domain.Labels;

/**
 * The balance figures in a shape for JSON and for the page's tables: one row per group, one cell per side. Rules and
 * alerts come as codes and figures ({@code kind}, {@code thresholdPercent}, {@code breaches}) and, as the API has
 * always given them, as English sentences ({@code description}, {@code violation}, {@code rule}, {@code finding});
 * pages say them in the reader's language through {@link BalanceWords}.
 */
public record BalanceReport(List<Row> groups, List<SideTotal> sides, int members, int votingMembers,
        List<RuleView> rules, List<Alert> openAlerts, List<Alert> recentAlerts) {

    public record Cell(Side side, int members, int votingMembers) {
    }

    public record Row(String code, String name, boolean standardName, List<Cell> cells, int members,
            int votingMembers, double memberShare, double votingShare) {

        /** How the page names the group (not part of the JSON). */
        public Text label() {
            return GroupLabels.of(code, name, standardName);
        }
    }

    public record SideTotal(Side side, int members, int votingMembers, double memberShare, double votingShare) {

        /** How the page names the side (not part of the JSON). */
        public Text label() {
            return Labels.side(side);
        }
    }

    public record RuleView(String id, BalanceRuleKind kind, int thresholdPercent, String description,
            String violation, List<Breach> breaches) {
    }

    public record Alert(String ruleId, BalanceRuleKind kind, int thresholdPercent, List<Breach> breaches,
            String rule, String finding, Instant raisedAt, Instant clearedAt) {
    }

    static BalanceReport of(BalanceView view) {
        Balance balance = view.balance();
        BalanceWords english = new BalanceWords(Locale.ENGLISH, view::groupLabel);
        List<Row> rows = balance.groups().stream().map(group -> row(view, group)).toList();
        List<SideTotal> sides = balance.sides().stream().map(side -> new SideTotal(side, balance.members(side),
                balance.votingMembers(side), balance.memberShareOfSide(side), balance.votingShareOfSide(side)))
                .toList();
        List<RuleView> rules = view.rules().stream().map(rule -> {
            var finding = rule.violation(balance);
            return new RuleView(rule.id(), rule.kind(), rule.thresholdPercent(),
                    english.describe(rule.kind(), rule.thresholdPercent()), finding.map(english::finding).orElse(null),
                    finding.map(Finding::breaches).orElse(List.of()));
        }).toList();
        return new BalanceReport(rows, sides, balance.totalMembers(), balance.totalVotingMembers(), rules,
                alerts(view.openAlerts(), english), alerts(view.recentAlerts(), english));
    }

    private static Row row(BalanceView view, String group) {
        Balance balance = view.balance();
        GroupSummary summary = view.groups().get(group);
        return new Row(group, summary == null ? group : summary.name(), summary != null && summary.standardName(),
                balance.sides().stream().map(side -> new Cell(side, balance.members(group, side),
                        balance.votingMembers(group, side))).toList(),
                balance.members(group), balance.votingMembers(group), balance.memberShareOfGroup(group),
                balance.votingShareOfGroup(group));
    }

    private static List<Alert> alerts(List<AlertView> alerts, BalanceWords english) {
        return alerts.stream().map(alert -> {
            Finding finding = alert.finding();
            return new Alert(alert.ruleId(), finding.kind(), finding.thresholdPercent(), finding.breaches(),
                    english.describe(finding.kind(), finding.thresholdPercent()), english.finding(finding),
                    alert.raisedAt(), alert.clearedAt());
        }).toList();
    }
}
