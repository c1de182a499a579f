package org.accord.voting.internal.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.api.events.StandardCreated;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberLeft;
import org.accord.membership.api.events.MemberProfileUpdated;
import org.accord.membership.api.events.MemberReinstated;
import org.accord.membership.api.events.MemberSuspended;
import org.accord.membership.api.events.VotingRightsChanged;
import org.accord.platform.consumer.EventConsumer;
import org.accord.platform.consumer.EventHandlers;
import org.accord.platform.consumer.EventSubscriber;
import org.accord.stakeholders.api.events.MemberJoinedGroup;
import org.accord.voting.api.VotingModule;
import org.accord.voting.internal.app.ReadModels;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Voting's read models of voters, their groups and draft versions, fed from three topics. */
@ApplicationScoped
public class VotingListeners extends EventSubscriber {

    VotingListeners(EventConsumer consumer, ReadModels readModels) {
        super(consumer, EventHandlers.of(VotingModule.NAME)
                .on(MemberAdmitted.class, readModels::apply)
                .on(MemberProfileUpdated.class, readModels::apply)
                .on(VotingRightsChanged.class, readModels::apply)
                .on(MemberSuspended.class, readModels::apply)
                .on(MemberReinstated.class, readModels::apply)
                .on(MemberLeft.class, readModels::apply)
                .on(MemberJoinedGroup.class, readModels::apply)
                .on(StandardCreated.class, readModels::apply)
                .on(DraftVersionPublished.class, readModels::apply));
    }

    @Incoming("voting-from-membership")
    public CompletionStage<Void> onMembership(Message<List<String>> batch) {
        return consume(batch);
    }

    @Incoming("voting-from-stakeholders")
    public CompletionStage<Void> onStakeholders(Message<List<String>> batch) {
        return consume(batch);
    }

    @Incoming("voting-from-drafting")
    public CompletionStage<Void> onDrafting(Message<List<String>> batch) {
        return consume(batch);
    }
}
