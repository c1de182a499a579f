package org.accord.stakeholders.api.events;

import org.accord.platform.events.IntegrationEvent;

/** Every event on topic {@code accord.stakeholders.v1}. */
public sealed interface StakeholdersEvent extends IntegrationEvent permits GroupCreated, GroupRenamed, GroupRetired,
        MemberJoinedGroup, MemberLeftGroup, BalanceAlertRaised, BalanceAlertCleared {
}
