package org.accord.review.internal.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.api.events.ClauseAdded;
import org.accord.drafting.api.events.ClauseRevised;
import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.api.events.EditorsChanged;
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
import org.accord.review.api.ReviewModule;
import org.accord.review.internal.app.ReviewReadModels;
import org.accord.stakeholders.api.events.MemberJoinedGroup;
import org.accord.stakeholders.api.events.MemberLeftGroup;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Review's read models of members, their groups, standards, clause revisions and draft versions, from three topics. */
@ApplicationScoped
public class ReviewListeners extends EventSubscriber {

    ReviewListeners(EventConsumer consumer, ReviewReadModels readModels) {
        super(consumer, EventHandlers.of(ReviewModule.NAME)
                .on(MemberAdmitted.class, readModels::apply)
                .on(MemberProfileUpdated.class, readModels::apply)
                .on(VotingRightsChanged.class, readModels::apply)
                .on(MemberSuspended.class, readModels::apply)
                .on(MemberReinstated.class, readModels::apply)
                .on(MemberLeft.class, readModels::apply)
                .on(MemberJoinedGroup.class, readModels::apply)
                .on(MemberLeftGroup.class, readModels::apply)
                .on(StandardCreated.class, readModels::apply)
                .on(EditorsChanged.class, readModels::apply)
                .on(ClauseAdded.class, readModels::apply)
                .on(ClauseRevised.class, readModels::apply)
                .on(DraftVersionPublished.class, readModels::apply));
    }

    @Incoming("review-from-membership")
    public CompletionStage<Void> onMembership(Message<List<String>> batch) {
        return consume(batch);
    }

    @Incoming("review-from-stakeholders")
    public CompletionStage<Void> onStakeholders(Message<List<String>> batch) {
        return consume(batch);
    }

    @Incoming("review-from-drafting")
    public CompletionStage<Void> onDrafting(Message<List<String>> batch) {
        return consume(batch);
    }
}
