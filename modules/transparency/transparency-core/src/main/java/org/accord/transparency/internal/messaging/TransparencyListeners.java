package org.accord.transparency.internal.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.consumer.EventConsumer;
import org.accord.platform.consumer.EventHandlers;
import org.accord.platform.consumer.EventSubscriber;
import org.accord.platform.events.IntegrationEvent;
import org.accord.transparency.api.TransparencyModule;
import org.accord.transparency.internal.app.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Every event of the six modules' topics goes to the log's intake with the id of the CloudEvent that carried it, which
 * names the entry it may become.
 */
@ApplicationScoped
public class TransparencyListeners extends EventSubscriber {

    TransparencyListeners(EventConsumer consumer, EventIntake intake) {
        super(consumer, handlers(intake));
    }

    private static EventHandlers handlers(EventIntake intake) {
        EventHandlers handlers = EventHandlers.of(TransparencyModule.NAME);
        for (Class<?> eventClass : intake.eventClasses()) {
            handlers = handlers.onWithEventId(eventClass.asSubclass(IntegrationEvent.class), intake::take);
        }
        return handlers;
    }

    @Incoming("transparency-from-membership")
    public CompletionStage<Void> onMembership(Message<List<String>> batch) {
        return consume(batch);
    }

    @Incoming("transparency-from-stakeholders")
    public CompletionStage<Void> onStakeholders(Message<List<String>> batch) {
        return consume(batch);
    }

    @Incoming("transparency-from-drafting")
    public CompletionStage<Void> onDrafting(Message<List<String>> batch) {
        return consume(batch);
    }

    @Incoming("transparency-from-voting")
    public CompletionStage<Void> onVoting(Message<List<String>> batch) {
        return consume(batch);
    }

    @Incoming("transparency-from-review")
    public CompletionStage<Void> onReview(Message<List<String>> batch) {
        return consume(batch);
    }

    @Incoming("transparency-from-publishing")
    public CompletionStage<Void> onPublishing(Message<List<String>> batch) {
        return consume(batch);
    }
}
