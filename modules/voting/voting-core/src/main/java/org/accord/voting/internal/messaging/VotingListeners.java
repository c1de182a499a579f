package org.accord.voting.internal.messaging;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.drafting.api.DraftingModule;
import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.api.events.StandardCreated;
import org.accord.membership.api.MembershipModule;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberLeft;
import org.accord.membership.api.events.MemberProfileUpdated;
import org.accord.membership.api.events.MemberReinstated;
import org.accord.membership.api.events.MemberSuspended;
import org.accord.membership.api.events.MembershipEvent;
import org.accord.membership.api.events.VotingRightsChanged;
import org.accord.platform.events.EventJson;
import org.accord.platform.events.ReceivedEvent;
import org.accord.platform.inbox.Inbox;
import org.accord.stakeholders.api.StakeholdersModule;
import org.accord.stakeholders.api.events.MemberJoinedGroup;
import org.accord.voting.api.VotingModule;
import org.accord.voting.internal.app.ReadModels;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Voting's three consumers; each records the event in voting's inbox with its effect. Other types are skipped. */
@ApplicationScoped
public class VotingListeners {

    private static final Map<String, Class<? extends MembershipEvent>> MEMBERSHIP = Map.of(
            MembershipModule.NAME.eventType(MemberAdmitted.class), MemberAdmitted.class,
            MembershipModule.NAME.eventType(MemberProfileUpdated.class), MemberProfileUpdated.class,
            MembershipModule.NAME.eventType(VotingRightsChanged.class), VotingRightsChanged.class,
            MembershipModule.NAME.eventType(MemberSuspended.class), MemberSuspended.class,
            MembershipModule.NAME.eventType(MemberReinstated.class), MemberReinstated.class,
            MembershipModule.NAME.eventType(MemberLeft.class), MemberLeft.class);

    private final Inbox inbox;
    private final EventJson json;
    private final ReadModels readModels;

    VotingListeners(Inbox inbox, EventJson json, ReadModels readModels) {
        this.inbox = inbox;
        this.json = json;
        this.readModels = readModels;
    }

    @Incoming("voting-from-membership")
    @Blocking
    @Transactional
    public void onMembership(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        Class<? extends MembershipEvent> type = MEMBERSHIP.get(event.type());
        if (type != null && inbox.firstDelivery(VotingModule.NAME, event)) {
            readModels.apply(json.read(event, type));
        }
    }

    @Incoming("voting-from-stakeholders")
    @Blocking
    @Transactional
    public void onStakeholders(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (StakeholdersModule.NAME.eventType(MemberJoinedGroup.class).equals(event.type())
                && inbox.firstDelivery(VotingModule.NAME, event)) {
            readModels.apply(json.read(event, MemberJoinedGroup.class));
        }
    }

    @Incoming("voting-from-drafting")
    @Blocking
    @Transactional
    public void onDrafting(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (DraftingModule.NAME.eventType(StandardCreated.class).equals(event.type())
                && inbox.firstDelivery(VotingModule.NAME, event)) {
            readModels.apply(json.read(event, StandardCreated.class));
        } else if (DraftingModule.NAME.eventType(DraftVersionPublished.class).equals(event.type())
                && inbox.firstDelivery(VotingModule.NAME, event)) {
            readModels.apply(json.read(event, DraftVersionPublished.class));
        }
    }
}
