package org.accord.stakeholders.internal.messaging;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.membership.api.MembershipModule;
import org.accord.membership.api.events.ConflictOfInterestDeclared;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberLeft;
import org.accord.membership.api.events.MemberProfileUpdated;
import org.accord.membership.api.events.MemberReinstated;
import org.accord.membership.api.events.MemberRolesChanged;
import org.accord.membership.api.events.MemberSuspended;
import org.accord.membership.api.events.MembershipEvent;
import org.accord.membership.api.events.VotingRightsChanged;
import org.accord.platform.events.EventJson;
import org.accord.platform.events.PoisonEventException;
import org.accord.platform.events.ReceivedEvent;
import org.accord.platform.inbox.Inbox;
import org.accord.stakeholders.api.StakeholdersModule;
import org.accord.stakeholders.internal.app.MembershipChanges;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Consumes {@code accord.membership.v1}: the only way this module learns about members. */
@ApplicationScoped
public class MembershipListener {

    public static final String CHANNEL = "stakeholders-from-membership";

    private static final Map<String, Class<? extends MembershipEvent>> TYPES = Map.of(
            type(MemberAdmitted.class), MemberAdmitted.class,
            type(MemberProfileUpdated.class), MemberProfileUpdated.class,
            type(MemberRolesChanged.class), MemberRolesChanged.class,
            type(VotingRightsChanged.class), VotingRightsChanged.class,
            type(MemberSuspended.class), MemberSuspended.class,
            type(MemberReinstated.class), MemberReinstated.class,
            type(MemberLeft.class), MemberLeft.class,
            type(ConflictOfInterestDeclared.class), ConflictOfInterestDeclared.class);

    private final Inbox inbox;
    private final EventJson json;
    private final MembershipChanges changes;

    MembershipListener(Inbox inbox, EventJson json, MembershipChanges changes) {
        this.inbox = inbox;
        this.json = json;
        this.changes = changes;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        Class<? extends MembershipEvent> type = TYPES.get(event.type());
        if (type == null) {
            throw new PoisonEventException("Unknown membership event type " + event.type());
        }
        if (inbox.firstDelivery(StakeholdersModule.NAME, event)) {
            changes.apply(json.read(event, type));
        }
    }

    private static String type(Class<? extends MembershipEvent> eventClass) {
        return MembershipModule.NAME.eventType(eventClass);
    }
}
