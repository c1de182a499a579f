package org.accord.stakeholders.internal.app;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.platform.outbox.Outbox;
import org.accord.stakeholders.api.GroupLabels;
import org.accord.stakeholders.api.GroupSummary;
import org.accord.stakeholders.api.StakeholdersModule;
import org.accord.stakeholders.api.events.BalanceAlertCleared;
import org.accord.stakeholders.api.events.BalanceAlertRaised;
import org.accord.stakeholders.internal.domain.AlertChanges;
import org.accord.stakeholders.internal.domain.Balance;
import org.accord.stakeholders.internal.domain.BalanceAlerts;
import org.accord.stakeholders.internal.domain.BalanceRule;
import org.accord.stakeholders.internal.domain.BalanceWords;
import org.accord.stakeholders.internal.domain.Finding;
import org.accord.stakeholders.internal.domain.MemberPosition;
import org.accord.stakeholders.internal.persistence.BalanceAlertEntity;
import org.accord.stakeholders.internal.persistence.GroupEntity;
import org.accord.stakeholders.internal.persistence.StakeholderRepositories;

/** Computes the balance and raises or clears alerts, in the transaction of whatever changed it. */
@ApplicationScoped
public class BalanceWatch {

    private final StakeholderRepositories.Groups groups;
    private final StakeholderRepositories.Members members;
    private final StakeholderRepositories.Rules rules;
    private final StakeholderRepositories.Alerts alerts;
    private final Outbox outbox;

    BalanceWatch(StakeholderRepositories.Groups groups, StakeholderRepositories.Members members,
            StakeholderRepositories.Rules rules, StakeholderRepositories.Alerts alerts, Outbox outbox) {
        this.groups = groups;
        this.members = members;
        this.rules = rules;
        this.alerts = alerts;
        this.outbox = outbox;
    }

    /** Active members only: suspended members and those who left do not count towards balance. */
    @Transactional(TxType.MANDATORY)
    public Balance current() {
        List<MemberPosition> positions = members.active().stream().filter(member -> member.groupCode != null)
                .map(member -> new MemberPosition(member.memberId, member.groupCode, member.side,
                        member.votingRights))
                .toList();
        List<String> shown = groups.ordered().stream().filter(group -> group.active).map(group -> group.code)
                .toList();
        return new Balance(positions, shown);
    }

    @Transactional(TxType.MANDATORY)
    public List<BalanceRule> rules() {
        return rules.ordered().stream().map(rule -> new BalanceRule(rule.id, rule.kind, rule.thresholdPercent))
                .toList();
    }

    @Transactional(TxType.MANDATORY)
    void reevaluate() {
        Set<String> open = alerts.open().stream().map(alert -> alert.ruleId).collect(Collectors.toSet());
        List<BalanceRule> rules = rules();
        Balance balance = current();
        AlertChanges changes = BalanceAlerts.decide(open, rules, balance);
        if (changes.isEmpty() && open.isEmpty()) {
            return;
        }
        // Events keep their English sentences for the readers that came before the codes.
        Map<String, GroupSummary> byCode = groups.listAll().stream()
                .collect(Collectors.toMap(group -> group.code, GroupEntity::summary));
        BalanceWords english = new BalanceWords(Locale.ENGLISH, code -> GroupLabels.of(code, byCode.get(code)));
        Instant now = Instant.now();
        for (var raise : changes.toRaise()) {
            BalanceAlertEntity alert = new BalanceAlertEntity();
            alert.id = UUID.randomUUID();
            alert.ruleId = raise.rule().id();
            alert.record(raise.finding());
            alert.raisedAt = now;
            alerts.persist(alert);
            outbox.append(StakeholdersModule.NAME, raised(alert, english, now));
        }
        refreshFindings(rules, balance);
        for (String ruleId : changes.toClear()) {
            alerts.open().stream().filter(alert -> alert.ruleId.equals(ruleId)).forEach(alert -> {
                alert.clearedAt = now;
                outbox.append(StakeholdersModule.NAME, new BalanceAlertCleared(ruleId,
                        english.describe(alert.kind, alert.thresholdPercent), now, alert.kind.name(),
                        alert.thresholdPercent));
            });
        }
    }

    private static BalanceAlertRaised raised(BalanceAlertEntity alert, BalanceWords english, Instant at) {
        Finding finding = alert.finding();
        List<BalanceAlertRaised.Breach> breaches = finding.breaches().stream()
                .map(breach -> new BalanceAlertRaised.Breach(breach.subject(),
                        breach.plainShare(finding.thresholdPercent())))
                .toList();
        return new BalanceAlertRaised(alert.ruleId, english.describe(alert.kind, alert.thresholdPercent),
                english.finding(finding), at, alert.kind.name(), alert.thresholdPercent, breaches);
    }

    /** An alert that stays open shows the current figures and threshold, not the ones it was raised with. */
    private void refreshFindings(List<BalanceRule> rules, Balance balance) {
        for (BalanceAlertEntity alert : alerts.open()) {
            rules.stream().filter(rule -> rule.id().equals(alert.ruleId)).findFirst()
                    .flatMap(rule -> rule.violation(balance)).ifPresent(alert::record);
        }
    }
}
