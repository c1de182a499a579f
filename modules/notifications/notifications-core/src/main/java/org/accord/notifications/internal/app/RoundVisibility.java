package org.accord.notifications.internal.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.notifications.internal.persistence.RoundRows;

/** Whether a round's page shows its comments, for live updates: in a short read transaction, off the event loop. */
@ApplicationScoped
public class RoundVisibility {

    private final RoundRows rows;

    RoundVisibility(RoundRows rows) {
        this.rows = rows;
    }

    /** False for a round that hides its comments while open, and for one not known (yet). */
    @Transactional
    public boolean showsComments(UUID roundId) {
        return rows.showsComments(roundId);
    }
}
