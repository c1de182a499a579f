package org.accord.stakeholders.web;

import java.util.List;

import org.accord.membership.api.Side;
import org.accord.stakeholders.internal.app.GroupQueries.AlertView;
import org.accord.stakeholders.internal.app.GroupQueries.BalanceView;
import org.accord.stakeholders.internal.domain.Balance;

/** The balance figures in a shape for JSON and for the page's table: one row per group, one cell per side. */
public record BalanceReport(List<Row> groups, List<SideTotal> sides, int members, int votingMembers,
        List<RuleView> rules, List<AlertView> openAlerts, List<AlertView> recentAlerts) {

    public record Cell(Side side, int members, int votingMembers) {
    }

    public record Row(String code, String name, List<Cell> cells, int members, int votingMembers,
            double memberShare, double votingShare) {
    }

    public record SideTotal(Side side, int members, int votingMembers, double memberShare, double votingShare) {
    }

    public record RuleView(String id, String kind, int thresholdPercent, String description, String violation) {
    }

    static BalanceReport of(BalanceView view) {
        Balance balance = view.balance();
        List<Row> rows = balance.groups().stream().map(group -> new Row(group,
                view.groupNames().getOrDefault(group, group),
                balance.sides().stream().map(side -> new Cell(side, balance.members(group, side),
                        balance.votingMembers(group, side))).toList(),
                balance.members(group), balance.votingMembers(group), balance.memberShareOfGroup(group),
                balance.votingShareOfGroup(group))).toList();
        List<SideTotal> sides = balance.sides().stream().map(side -> new SideTotal(side, balance.members(side),
                balance.votingMembers(side), balance.memberShareOfSide(side), balance.votingShareOfSide(side)))
                .toList();
        List<RuleView> rules = view.rules().stream().map(rule -> new RuleView(rule.id(), rule.kind().name(),
                rule.thresholdPercent(), rule.describe(), rule.violation(balance).orElse(null))).toList();
        return new BalanceReport(rows, sides, balance.totalMembers(), balance.totalVotingMembers(), rules,
                view.openAlerts(), view.recentAlerts());
    }
}
