package org.accord.drafting.internal.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.api.DraftingModule;
import org.accord.drafting.api.events.DraftingEvent;
import org.accord.drafting.internal.domain.HistoryLine;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.drafting.internal.persistence.StandardChangeEntity;
import org.accord.platform.outbox.Outbox;

/** Writes a line of the standard's history and publishes the event, in the caller's transaction. */
@ApplicationScoped
class DraftingHistory {

    private final DraftingRepositories.Changes changes;
    private final Outbox outbox;

    DraftingHistory(DraftingRepositories.Changes changes, Outbox outbox) {
        this.changes = changes;
        this.outbox = outbox;
    }

    /**
     * @param reason
     *            why, as the person wrote it; null when they were not asked
     */
    void record(DraftingEvent event, UUID clauseId, HistoryLine line, String reason) {
        if (!line.kind().equals(event.getClass().getSimpleName())) {
            throw new IllegalArgumentException("A " + event.getClass().getSimpleName() + " is told as a line of kind "
                    + line.kind());
        }
        StandardChangeEntity entry = new StandardChangeEntity();
        entry.id = UUID.randomUUID();
        entry.standardId = UUID.fromString(event.standardId());
        entry.clauseId = clauseId;
        entry.kind = line.kind();
        entry.params = line.parameters();
        entry.actor = event.by();
        entry.at = event.at();
        entry.reason = reason;
        changes.persist(entry);
        outbox.append(DraftingModule.NAME, event);
    }
}
