package org.accord.drafting.internal.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.api.DraftingModule;
import org.accord.drafting.api.contracts.CommentDisposed;
import org.accord.drafting.api.contracts.CommentHidden;
import org.accord.drafting.api.contracts.CommentRoundClosed;
import org.accord.drafting.api.contracts.CommentRoundOpened;
import org.accord.drafting.internal.app.RoundsHeard;
import org.accord.platform.consumer.EventConsumer;
import org.accord.platform.consumer.EventHandlers;
import org.accord.platform.consumer.EventSubscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Follows comment rounds on draft versions, for the one thing drafting needs of them: whether their comments all have a
 * disposition. Comments themselves stay with review.
 */
@ApplicationScoped
public class ReviewListener extends EventSubscriber {

    public static final String CHANNEL = "drafting-from-review";

    ReviewListener(EventConsumer consumer, RoundsHeard rounds) {
        super(consumer, EventHandlers.of(DraftingModule.NAME)
                .on(CommentRoundOpened.class, rounds::opened)
                .on(CommentRoundClosed.class, rounds::closed)
                .on(CommentDisposed.class, rounds::disposed)
                .on(CommentHidden.class, rounds::hidden));
    }

    @Incoming(CHANNEL)
    public CompletionStage<Void> on(Message<List<String>> batch) {
        return consume(batch);
    }
}
