package org.accord.stakeholders.internal.app;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.outbox.Outbox;
import org.accord.stakeholders.api.GroupLabels;
import org.accord.stakeholders.api.StakeholdersModule;
import org.accord.stakeholders.api.events.GroupCreated;
import org.accord.stakeholders.api.events.GroupRenamed;
import org.accord.stakeholders.api.events.GroupRetired;
import org.accord.stakeholders.internal.persistence.GroupEntity;
import org.accord.stakeholders.internal.persistence.StakeholderRepositories;

/** Administrators add, rename and retire stakeholder groups; a group with history is never deleted. */
@ApplicationScoped
public class GroupsAdministration {

    private final StakeholderRepositories.Groups groups;
    private final StakeholderRepositories.Members members;
    private final Outbox outbox;
    private final BalanceWatch balance;

    GroupsAdministration(StakeholderRepositories.Groups groups, StakeholderRepositories.Members members,
            Outbox outbox, BalanceWatch balance) {
        this.groups = groups;
        this.members = members;
        this.outbox = outbox;
        this.balance = balance;
    }

    @Transactional
    public String create(String codeText, String nameText, String actor) {
        String code = GroupRules.code(codeText);
        String name = GroupRules.name(nameText);
        if (groups.findByIdOptional(code).isPresent()) {
            throw RuleViolation.conflict("code", Text.of("stakeholders.group_exists", code));
        }
        GroupEntity group = new GroupEntity();
        group.code = code;
        group.name = name;
        group.active = true;
        group.createdAt = Instant.now();
        groups.persist(group);
        outbox.append(StakeholdersModule.NAME, new GroupCreated(code, name, actor, group.createdAt));
        balance.reevaluate();
        return code;
    }

    @Transactional
    public void rename(String code, String nameText, String actor) {
        String name = GroupRules.name(nameText);
        GroupEntity group = existing(code);
        // The name Accord gave a group is said in each reader's language; any other name as it was written.
        group.standardName = group.standardName && name.equals(group.name);
        group.name = name;
        outbox.append(StakeholdersModule.NAME, new GroupRenamed(group.code, name, actor, Instant.now()));
    }

    @Transactional
    public void retire(String code, String reasonText, String actor) {
        String reason = GroupRules.reason(reasonText);
        GroupEntity group = existing(code);
        if (!group.active) {
            throw RuleViolation.conflict("code", Text.of("stakeholders.group_already_retired", label(group)));
        }
        int remaining = members.inGroup(group.code).size();
        if (remaining > 0) {
            throw RuleViolation.conflict("code", Text.of("stakeholders.group_not_empty", label(group), remaining));
        }
        group.active = false;
        outbox.append(StakeholdersModule.NAME, new GroupRetired(group.code, actor, Instant.now(), reason));
        balance.reevaluate();
    }

    private GroupEntity existing(String code) {
        return groups.findByIdOptional(code == null ? "" : code)
                .orElseThrow(() -> RuleViolation.notFound(Text.of("stakeholders.no_group", code)));
    }

    private static Text label(GroupEntity group) {
        return GroupLabels.of(group.code, group.name, group.standardName);
    }
}
