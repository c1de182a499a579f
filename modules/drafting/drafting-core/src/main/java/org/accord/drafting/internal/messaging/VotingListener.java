package org.accord.drafting.internal.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.drafting.api.DraftingModule;
import org.accord.drafting.api.contracts.BallotClosed;
import org.accord.drafting.internal.persistence.BallotResultEntity;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.platform.events.EventJson;
import org.accord.platform.events.PoisonEventException;
import org.accord.platform.events.ReceivedEvent;
import org.accord.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Records ballot results on draft versions; other voting events are none of drafting's business. */
@ApplicationScoped
public class VotingListener {

    public static final String CHANNEL = "drafting-from-voting";

    private final Inbox inbox;
    private final EventJson json;
    private final DraftingRepositories.BallotResults results;

    VotingListener(Inbox inbox, EventJson json, DraftingRepositories.BallotResults results) {
        this.inbox = inbox;
        this.json = json;
        this.results = results;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!BallotClosed.TYPE.equals(event.type()) || !inbox.firstDelivery(DraftingModule.NAME, event)) {
            return;
        }
        BallotClosed closed = json.read(event, BallotClosed.class);
        if (closed.ballotId() == null || closed.closedAt() == null) {
            throw new PoisonEventException("BallotClosed " + event.id() + " lacks its ballot id or closing time");
        }
        if (closed.draftVersionId() == null || results.findByIdOptional(closed.ballotId()).isPresent()) {
            return;
        }
        BallotResultEntity result = new BallotResultEntity();
        result.ballotId = closed.ballotId();
        result.draftVersionId = UUID.fromString(closed.draftVersionId());
        result.passed = closed.passed();
        result.closedAt = closed.closedAt();
        results.persist(result);
    }
}
