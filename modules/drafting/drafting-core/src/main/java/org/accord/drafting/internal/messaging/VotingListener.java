package org.accord.drafting.internal.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.api.DraftingModule;
import org.accord.drafting.api.contracts.BallotCancelled;
import org.accord.drafting.api.contracts.BallotClosed;
import org.accord.drafting.api.contracts.BallotOpened;
import org.accord.drafting.internal.app.BallotsHeard;
import org.accord.platform.consumer.EventConsumer;
import org.accord.platform.consumer.EventHandlers;
import org.accord.platform.consumer.EventSubscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Follows ballots on draft versions; other voting events are none of drafting's business. */
@ApplicationScoped
public class VotingListener extends EventSubscriber {

    public static final String CHANNEL = "drafting-from-voting";

    VotingListener(EventConsumer consumer, BallotsHeard ballots) {
        super(consumer, EventHandlers.of(DraftingModule.NAME)
                .on(BallotOpened.class, ballots::opened)
                .on(BallotClosed.class, ballots::closed)
                .on(BallotCancelled.class, ballots::cancelled));
    }

    @Incoming(CHANNEL)
    public CompletionStage<Void> on(Message<List<String>> batch) {
        return consume(batch);
    }
}
