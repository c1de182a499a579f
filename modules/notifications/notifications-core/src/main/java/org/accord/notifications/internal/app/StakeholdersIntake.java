package org.accord.notifications.internal.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.notifications.internal.domain.BalanceRuleCode;
import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.notifications.internal.persistence.AlertRows;
import org.accord.notifications.internal.persistence.MemberRows;
import org.accord.platform.security.Roles;
import org.accord.stakeholders.api.events.BalanceAlertCleared;
import org.accord.stakeholders.api.events.BalanceAlertRaised;

/**
 * Keeps the open balance alerts by their rule's kind and threshold, and tells the administrators when one is raised.
 */
@ApplicationScoped
public class StakeholdersIntake {

    private final AlertRows alerts;
    private final MemberRows members;
    private final NoticeWriting notices;
    private final NeedsSignal needs;

    StakeholdersIntake(AlertRows alerts, MemberRows members, NoticeWriting notices, NeedsSignal needs) {
        this.alerts = alerts;
        this.members = members;
        this.notices = notices;
        this.needs = needs;
    }

    @Transactional(TxType.MANDATORY)
    public void take(UUID eventId, BalanceAlertRaised raised) {
        BalanceRuleCode rule = BalanceRuleCode.of(raised.kind(), raised.thresholdPercent(), raised.rule()).orElse(null);
        alerts.raise(raised.ruleId(), rule, raised.at());
        List<UUID> admins = members.withRole(Roles.ADMIN);
        // A balance rule is named by a code, not an id: the notice names it in its parameters. The finding's words stay
        // with stakeholders, whose balance page the notice links to.
        notices.send(new Notice(NoticeKind.BALANCE_ALERT, eventId, null, Notice.params("ruleId", raised.ruleId(),
                "ruleKind", rule == null ? null : rule.kind(), "threshold",
                rule == null ? null : String.valueOf(rule.thresholdPercent())), null, raised.at()), admins);
        needs.changed(eventId, admins, raised.at());
    }

    @Transactional(TxType.MANDATORY)
    public void take(UUID eventId, BalanceAlertCleared cleared) {
        if (alerts.clear(cleared.ruleId())) {
            needs.changed(eventId, members.withRole(Roles.ADMIN), cleared.at());
        }
    }
}
