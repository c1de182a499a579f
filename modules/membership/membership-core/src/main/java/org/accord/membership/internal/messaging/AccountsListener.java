package org.accord.membership.internal.messaging;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.membership.api.MembershipModule;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberLeft;
import org.accord.membership.api.events.MemberReinstated;
import org.accord.membership.api.events.MemberRolesChanged;
import org.accord.membership.api.events.MemberSuspended;
import org.accord.membership.api.events.MembershipEvent;
import org.accord.membership.internal.app.AccountsInStep;
import org.accord.platform.consumer.EventConsumer;
import org.accord.platform.consumer.EventHandlers;
import org.accord.platform.consumer.EventSubscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Follows membership's own events about a member's standing, so that their account changes only once the change is
 * committed; a failed call to the identity provider is retried until it succeeds.
 */
@ApplicationScoped
public class AccountsListener extends EventSubscriber {

    public static final String CHANNEL = "membership-accounts";

    AccountsListener(EventConsumer consumer, AccountsInStep accounts) {
        super(consumer, handlers(event -> accounts.bringInStep(UUID.fromString(event.memberId()))));
    }

    private static EventHandlers handlers(Consumer<MembershipEvent> bringInStep) {
        return EventHandlers.of(MembershipModule.NAME).on(MemberAdmitted.class, bringInStep)
                .on(MemberRolesChanged.class, bringInStep).on(MemberSuspended.class, bringInStep)
                .on(MemberReinstated.class, bringInStep).on(MemberLeft.class, bringInStep);
    }

    @Incoming(CHANNEL)
    public CompletionStage<Void> on(Message<List<String>> batch) {
        return consume(batch);
    }
}
