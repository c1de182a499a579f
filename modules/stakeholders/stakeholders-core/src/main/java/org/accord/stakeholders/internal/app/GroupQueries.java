package org.accord.stakeholders.internal.app;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.membership.api.Side;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.web.PageRequest;
import org.accord.platform.web.Slice;
import org.accord.stakeholders.api.GroupLabels;
import org.accord.stakeholders.api.GroupSummary;
import org.accord.stakeholders.api.StakeholderGroups;
import org.accord.stakeholders.internal.domain.Balance;
import org.accord.stakeholders.internal.domain.BalanceRule;
import org.accord.stakeholders.internal.domain.BalanceRuleKind;
import org.accord.stakeholders.internal.domain.Finding;
import org.accord.stakeholders.internal.domain.Labels;
import org.accord.stakeholders.internal.persistence.BalanceAlertEntity;
import org.accord.stakeholders.internal.persistence.GroupEntity;
import org.accord.stakeholders.internal.persistence.MemberPositionEntity;
import org.accord.stakeholders.internal.persistence.StakeholderRepositories;

/** Read side of the module, and the look-ups it offers other modules. */
@ApplicationScoped
@Transactional
public class GroupQueries implements StakeholderGroups {

    public record GroupView(String code, String name, boolean standardName, boolean active, int members,
            int votingMembers) {

        /** How a page names the group (not part of the JSON). */
        public Text label() {
            return GroupLabels.of(code, name, standardName);
        }
    }

    public record GroupMemberView(UUID memberId, String fullName, Side side, boolean votingRights, String status) {

        public Text sideLabel() {
            return Labels.side(side);
        }
    }

    public record AlertView(String ruleId, Finding finding, Instant raisedAt, Instant clearedAt) {
    }

    /** The balance, the groups by code, the rules in force and the alerts, open and recent. */
    public record BalanceView(Balance balance, Map<String, GroupSummary> groups, List<BalanceRule> rules,
            List<AlertView> openAlerts, List<AlertView> recentAlerts) {

        /** How a group is named to people, by code; a code no group has is shown as it is. */
        public Text groupLabel(String code) {
            return GroupLabels.of(code, groups.get(code));
        }

        /** The strictest limit on a group's share of voting members, if there is one. */
        public Optional<BalanceRule> groupLimit() {
            return rules.stream().filter(rule -> rule.kind() == BalanceRuleKind.MAX_GROUP_SHARE)
                    .min(Comparator.comparingInt(BalanceRule::thresholdPercent));
        }
    }

    private final StakeholderRepositories.Groups groups;
    private final StakeholderRepositories.Members members;
    private final StakeholderRepositories.Alerts alerts;
    private final BalanceWatch balance;

    GroupQueries(StakeholderRepositories.Groups groups, StakeholderRepositories.Members members,
            StakeholderRepositories.Alerts alerts, BalanceWatch balance) {
        this.groups = groups;
        this.members = members;
        this.alerts = alerts;
        this.balance = balance;
    }

    @Override
    public List<GroupSummary> all() {
        return groups.ordered().stream().map(GroupEntity::summary).toList();
    }

    @Override
    public Optional<GroupSummary> find(String code) {
        return groups.findByIdOptional(code == null ? "" : code).map(GroupEntity::summary);
    }

    @Override
    public Map<UUID, String> currentGroups() {
        return members.current().stream()
                .collect(Collectors.toMap(member -> member.memberId, member -> member.groupCode));
    }

    public List<GroupView> groups() {
        Balance current = balance.current();
        return groups.ordered().stream().map(group -> view(group, current)).toList();
    }

    public Slice<GroupView> groups(PageRequest page) {
        Balance current = balance.current();
        return Slice.of(groups.ordered(page), page, StakeholderRepositories.Groups::keyOf)
                .map(group -> view(group, current));
    }

    private static GroupView view(GroupEntity group, Balance current) {
        return new GroupView(group.code, group.name, group.standardName, group.active,
                group.active ? current.members(group.code) : 0, group.active ? current.votingMembers(group.code) : 0);
    }

    public GroupView groupView(String code) {
        return groups.findByIdOptional(code == null ? "" : code).map(group -> view(group, balance.current()))
                .orElseThrow(() -> noGroup(code));
    }

    public GroupSummary group(String code) {
        return find(code).orElseThrow(() -> noGroup(code));
    }

    private static RuleViolation noGroup(String code) {
        return RuleViolation.notFound(Text.of("stakeholders.no_group", code));
    }

    public List<GroupMemberView> membersOf(String code) {
        group(code);
        return members.inGroup(code).stream().map(GroupQueries::member).toList();
    }

    public Slice<GroupMemberView> membersOf(String code, PageRequest page) {
        group(code);
        return Slice.of(members.inGroup(code, page), page, StakeholderRepositories.Members::keyOf)
                .map(GroupQueries::member);
    }

    private static GroupMemberView member(MemberPositionEntity member) {
        return new GroupMemberView(member.memberId, member.fullName, member.side, member.votingRights,
                member.status.name());
    }

    public BalanceView balance() {
        Map<String, GroupSummary> byCode = groups.ordered().stream()
                .collect(Collectors.toMap(group -> group.code, GroupEntity::summary));
        return new BalanceView(balance.current(), byCode, balance.rules(),
                alerts.open().stream().map(GroupQueries::alert).toList(),
                alerts.recent(20).stream().map(GroupQueries::alert).toList());
    }

    private static AlertView alert(BalanceAlertEntity alert) {
        return new AlertView(alert.ruleId, alert.finding(), alert.raisedAt, alert.clearedAt);
    }
}
