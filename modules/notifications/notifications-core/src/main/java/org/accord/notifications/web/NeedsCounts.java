package org.accord.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.accord.notifications.internal.app.NeedsQueries;
import org.accord.notifications.internal.persistence.NeedsRows;

import io.quarkus.runtime.BlockingOperationControl;

/**
 * The signed-in member's unread notices and what waits on them, for the header of every page ({@code inject:needs});
 * read once per request, in one statement, and only for members.
 */
@RequestScoped
@Named("needs")
public class NeedsCounts {

    private static final NeedsRows.Counts NONE = new NeedsRows.Counts(0, 0);

    private final Viewer viewer;
    private final NeedsQueries queries;
    private NeedsRows.Counts counts;

    NeedsCounts(Viewer viewer, NeedsQueries queries) {
        this.viewer = viewer;
        this.queries = queries;
    }

    /** Whether the header shows the counts: to members only. */
    public boolean shown() {
        return viewer.isMember();
    }

    public long unread() {
        return counts().unread();
    }

    public long needsYou() {
        return counts().needsYou();
    }

    private NeedsRows.Counts counts() {
        if (counts == null) {
            // Error pages can be rendered on the event loop, where the header goes without its counts.
            counts = BlockingOperationControl.isBlockingAllowed() && viewer.isMember() && viewer.memberId() != null
                    ? queries.counts(viewer.memberId(), viewer.person())
                    : NONE;
        }
        return counts;
    }
}
