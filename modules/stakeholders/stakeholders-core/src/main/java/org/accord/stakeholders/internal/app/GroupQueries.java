package org.accord.stakeholders.internal.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.membership.api.Side;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.web.PageRequest;
import org.accord.platform.web.Slice;
import org.accord.stakeholders.api.GroupSummary;
import org.accord.stakeholders.api.StakeholderGroups;
import org.accord.stakeholders.internal.domain.Balance;
import org.accord.stakeholders.internal.domain.BalanceRule;
import org.accord.stakeholders.internal.persistence.GroupEntity;
import org.accord.stakeholders.internal.persistence.MemberPositionEntity;
import org.accord.stakeholders.internal.persistence.StakeholderRepositories;

/** Read side of the module, and the look-ups it offers other modules. */
@ApplicationScoped
@Transactional
public class GroupQueries implements StakeholderGroups {

    public record GroupView(String code, String name, boolean active, int members, int votingMembers) {
    }

    public record GroupMemberView(UUID memberId, String fullName, Side side, boolean votingRights, String status) {
    }

    public record AlertView(String ruleId, String rule, String finding, Instant raisedAt, Instant clearedAt) {
    }

    public record BalanceView(Balance balance, Map<String, String> groupNames, List<BalanceRule> rules,
            List<AlertView> openAlerts, List<AlertView> recentAlerts) {
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
        return groups.ordered().stream().map(GroupQueries::summary).toList();
    }

    @Override
    public Optional<GroupSummary> find(String code) {
        return groups.findByIdOptional(code == null ? "" : code).map(GroupQueries::summary);
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
        return new GroupView(group.code, group.name, group.active, group.active ? current.members(group.code) : 0,
                group.active ? current.votingMembers(group.code) : 0);
    }

    public GroupSummary group(String code) {
        return find(code).orElseThrow(() -> RuleViolation.notFound("There is no stakeholder group " + code + "."));
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
        Map<String, String> names = groups.ordered().stream()
                .collect(Collectors.toMap(group -> group.code, group -> group.name));
        return new BalanceView(balance.current(), names, balance.rules(),
                alerts.open().stream().map(GroupQueries::alert).toList(),
                alerts.recent(20).stream().map(GroupQueries::alert).toList());
    }

    private static AlertView alert(org.accord.stakeholders.internal.persistence.BalanceAlertEntity alert) {
        return new AlertView(alert.ruleId, alert.rule, alert.finding, alert.raisedAt, alert.clearedAt);
    }

    private static GroupSummary summary(GroupEntity group) {
        return new GroupSummary(group.code, group.name, group.active);
    }
}
