package org.accord.stakeholders.internal.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.membership.api.events.ConflictOfInterestDeclared;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberLeft;
import org.accord.membership.api.events.MemberProfileUpdated;
import org.accord.membership.api.events.MemberReinstated;
import org.accord.membership.api.events.MemberRolesChanged;
import org.accord.membership.api.events.MemberSuspended;
import org.accord.membership.api.events.VotingRightsChanged;
import org.accord.platform.consumer.EventConsumer;
import org.accord.platform.consumer.EventHandlers;
import org.accord.platform.consumer.EventSubscriber;
import org.accord.stakeholders.api.StakeholdersModule;
import org.accord.stakeholders.internal.app.MembershipChanges;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Consumes {@code accord.membership.v1}: the only way this module learns about members. */
@ApplicationScoped
public class MembershipListener extends EventSubscriber {

    public static final String CHANNEL = "stakeholders-from-membership";

    MembershipListener(EventConsumer consumer, MembershipChanges changes) {
        super(consumer, EventHandlers.of(StakeholdersModule.NAME)
                .on(MemberAdmitted.class, changes::apply)
                .on(MemberProfileUpdated.class, changes::apply)
                .on(MemberRolesChanged.class, changes::apply)
                .on(VotingRightsChanged.class, changes::apply)
                .on(MemberSuspended.class, changes::apply)
                .on(MemberReinstated.class, changes::apply)
                .on(MemberLeft.class, changes::apply)
                .on(ConflictOfInterestDeclared.class, changes::apply));
    }

    @Incoming(CHANNEL)
    public CompletionStage<Void> on(Message<List<String>> batch) {
        return consume(batch);
    }
}
