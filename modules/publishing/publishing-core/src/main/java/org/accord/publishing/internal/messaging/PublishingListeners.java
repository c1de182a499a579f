package org.accord.publishing.internal.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.api.events.ClauseAdded;
import org.accord.drafting.api.events.ClauseRevised;
import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.api.events.StageChanged;
import org.accord.drafting.api.events.StandardCreated;
import org.accord.platform.consumer.EventConsumer;
import org.accord.platform.consumer.EventHandlers;
import org.accord.platform.consumer.EventSubscriber;
import org.accord.publishing.api.PublishingModule;
import org.accord.publishing.internal.app.PublishingReadModels;
import org.accord.voting.api.events.BallotCancelled;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.BallotOpened;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishing's read models of standards, versions with their words, ballots and decisions, from two topics. */
@ApplicationScoped
public class PublishingListeners extends EventSubscriber {

    PublishingListeners(EventConsumer consumer, PublishingReadModels readModels) {
        super(consumer, EventHandlers.of(PublishingModule.NAME)
                .on(StandardCreated.class, readModels::apply)
                .on(ClauseAdded.class, readModels::apply)
                .on(ClauseRevised.class, readModels::apply)
                .on(DraftVersionPublished.class, readModels::apply)
                .on(StageChanged.class, readModels::apply)
                .on(BallotOpened.class, readModels::apply)
                .on(BallotClosed.class, readModels::apply)
                .on(BallotCancelled.class, readModels::apply));
    }

    @Incoming("publishing-from-drafting")
    public CompletionStage<Void> onDrafting(Message<List<String>> batch) {
        return consume(batch);
    }

    @Incoming("publishing-from-voting")
    public CompletionStage<Void> onVoting(Message<List<String>> batch) {
        return consume(batch);
    }
}
