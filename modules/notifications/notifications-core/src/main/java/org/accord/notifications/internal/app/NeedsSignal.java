package org.accord.notifications.internal.app;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.notifications.api.NotificationsModule;
import org.accord.notifications.api.events.NeedsChanged;
import org.accord.platform.outbox.Outbox;

/**
 * Tells every instance whose needs changed, through the outbox in the transaction that changed them, so that their open
 * pages update. Large audiences go in several events, each small enough for any broker.
 */
@ApplicationScoped
public class NeedsSignal {

    static final int MOST_MEMBERS_PER_EVENT = 1_000;

    private final Outbox outbox;

    NeedsSignal(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(TxType.MANDATORY)
    public void changed(UUID cause, Collection<UUID> memberIds, Instant at) {
        List<String> ids = memberIds.stream().distinct().sorted().map(UUID::toString).toList();
        for (int from = 0; from < ids.size(); from += MOST_MEMBERS_PER_EVENT) {
            outbox.append(NotificationsModule.NAME, new NeedsChanged(cause.toString(),
                    List.copyOf(ids.subList(from, Math.min(ids.size(), from + MOST_MEMBERS_PER_EVENT))), at));
        }
    }
}
