package org.accord.transparency.internal.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.accord.stakeholders.api.events.BalanceAlertCleared;
import org.accord.stakeholders.api.events.BalanceAlertRaised;
import org.accord.stakeholders.api.events.GroupCreated;
import org.accord.stakeholders.api.events.GroupRenamed;
import org.accord.stakeholders.api.events.GroupRetired;
import org.accord.stakeholders.api.events.MemberJoinedGroup;
import org.accord.stakeholders.api.events.MemberLeftGroup;

import static org.accord.transparency.internal.policy.Decision.notPublished;
import static org.accord.transparency.internal.policy.Decision.publish;
import static org.accord.transparency.internal.policy.Decision.publishWhen;

/** The stakeholder groups, a member's move from one to another, and whether the group's balance holds. */
final class StakeholdersDecisions {

    private StakeholdersDecisions() {
    }

    static List<Decision> all() {
        return List.of(
                publish(GroupCreated.class, "group.created", (created, directory) -> Decision.Draft.of(created.at(),
                        null, Facts.of().with("code", created.code()).with("name", created.name())
                                .withActor(created.by(), directory))),
                publish(GroupRenamed.class, "group.renamed", (renamed, directory) -> Decision.Draft.of(renamed.at(),
                        null, Facts.of().with("code", renamed.code()).with("name", renamed.name())
                                .withActor(renamed.by(), directory))),
                publish(GroupRetired.class, "group.retired", (retired, directory) -> Decision.Draft.of(retired.at(),
                        null, Facts.of().with("code", retired.code()).withActor(retired.by(), directory))),
                publishWhen(MemberJoinedGroup.class, "member.group_changed", StakeholdersDecisions::moved),
                notPublished(MemberLeftGroup.class, "half of a move, which the joining publishes whole; a member who"
                        + " leaves the working group is published by member.left"),
                publish(BalanceAlertRaised.class, "balance.alert_raised", (raised, directory) -> Decision.Draft.of(
                        raised.at(), null, Facts.of().with("ruleId", raised.ruleId()).with("rule", raised.rule())
                                .with("finding", raised.finding()))),
                publish(BalanceAlertCleared.class, "balance.alert_cleared", (cleared, directory) -> Decision.Draft
                        .of(cleared.at(), null,
                                Facts.of().with("ruleId", cleared.ruleId()).with("rule", cleared.rule()))));
    }

    /**
     * A member put into a group they were not in. Joining on admission changes nothing public (the admission names the
     * group); a join heard before the admission waits for it.
     */
    private static Optional<Decision.Draft> moved(MemberJoinedGroup joined, Directory directory) {
        return directory.member(joined.memberId())
                .filter(member -> !Objects.equals(member.group(), joined.groupCode()))
                .map(member -> Decision.Draft.of(joined.at(), null,
                        Facts.of().with("memberId", member.memberId()).with("name", member.name())
                                .with("side", member.side()).with("from", member.group())
                                .with("to", joined.groupCode()).withActor(joined.by(), directory)));
    }
}
