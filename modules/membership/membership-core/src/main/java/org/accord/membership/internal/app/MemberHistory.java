package org.accord.membership.internal.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.membership.api.MembershipModule;
import org.accord.membership.api.events.Change;
import org.accord.membership.api.events.MembershipEvent;
import org.accord.membership.internal.persistence.MemberChangeEntity;
import org.accord.membership.internal.persistence.MemberChangeRepository;
import org.accord.platform.outbox.Outbox;

/** Records a change in the member's history and publishes its event, in the caller's transaction. */
@ApplicationScoped
class MemberHistory {

    private final MemberChangeRepository changes;
    private final Outbox outbox;

    MemberHistory(MemberChangeRepository changes, Outbox outbox) {
        this.changes = changes;
        this.outbox = outbox;
    }

    static Change change(String actor, String reason) {
        return new Change(actor, Instant.now(), reason);
    }

    void record(MembershipEvent event, String summary) {
        MemberChangeEntity entry = new MemberChangeEntity();
        entry.id = UUID.randomUUID();
        entry.memberId = UUID.fromString(event.memberId());
        entry.kind = event.getClass().getSimpleName();
        entry.summary = summary;
        entry.actor = event.change().by();
        entry.at = event.change().at();
        entry.reason = event.change().reason();
        changes.persist(entry);
        outbox.append(MembershipModule.NAME, event);
    }
}
