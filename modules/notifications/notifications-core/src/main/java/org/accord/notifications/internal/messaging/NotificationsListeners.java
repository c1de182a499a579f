package org.accord.notifications.internal.messaging;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.api.NotificationsModule;
import org.accord.notifications.internal.app.DraftingIntake;
import org.accord.notifications.internal.app.MembershipIntake;
import org.accord.notifications.internal.app.PublishingIntake;
import org.accord.notifications.internal.app.ReviewIntake;
import org.accord.notifications.internal.app.StakeholdersIntake;
import org.accord.notifications.internal.app.VotingIntake;
import org.accord.platform.consumer.EventConsumer;
import org.accord.platform.consumer.EventHandlers;
import org.accord.platform.consumer.EventSubscriber;
import org.accord.stakeholders.api.events.BalanceAlertCleared;
import org.accord.stakeholders.api.events.BalanceAlertRaised;
import org.accord.stakeholders.api.events.MemberJoinedGroup;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The six modules' events that change what someone is told or waits on, each with the id of the CloudEvent that carried
 * it: the id makes every notice of the event once per member, however often it is delivered. One consumer reads the six
 * topics: every consumer costs the instance time when it stops, and notifications need no topic apart.
 */
@ApplicationScoped
public class NotificationsListeners extends EventSubscriber {

    NotificationsListeners(EventConsumer consumer, MembershipIntake membership, StakeholdersIntake stakeholders,
            DraftingIntake drafting, VotingIntake voting, ReviewIntake review, PublishingIntake publishing) {
        super(consumer, handlers(membership, stakeholders, drafting, voting, review, publishing));
    }

    private static EventHandlers handlers(MembershipIntake membership, StakeholdersIntake stakeholders,
            DraftingIntake drafting, VotingIntake voting, ReviewIntake review, PublishingIntake publishing) {
        EventHandlers handlers = EventHandlers.of(NotificationsModule.NAME)
                .onWithEventId(MemberJoinedGroup.class, membership::take)
                .onWithEventId(BalanceAlertRaised.class, stakeholders::take)
                .onWithEventId(BalanceAlertCleared.class, stakeholders::take);
        handlers = all(handlers, MembershipIntake.EVENTS, membership::take);
        handlers = all(handlers, DraftingIntake.EVENTS, drafting::take);
        handlers = all(handlers, VotingIntake.EVENTS, voting::take);
        handlers = all(handlers, ReviewIntake.EVENTS, review::take);
        return all(handlers, PublishingIntake.EVENTS, publishing::take);
    }

    private static <E> EventHandlers all(EventHandlers handlers, List<Class<? extends E>> eventClasses,
            BiConsumer<UUID, E> intake) {
        for (Class<? extends E> eventClass : eventClasses) {
            handlers = handlers.onWithEventId(eventClass, intake);
        }
        return handlers;
    }

    @Incoming("notifications-events")
    public CompletionStage<Void> onEvents(Message<List<String>> batch) {
        return consume(batch);
    }
}
