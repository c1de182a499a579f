package org.accord.transparency.internal.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.transparency.internal.policy.PublicEntry;

/** Appends entries to the public log, one writer at a time, exactly once per source event. */
@ApplicationScoped
public class LogAppender {

    /**
     * Appends the entry unless an entry from {@code sourceEventId} is already in the log; joins the caller's
     * transaction.
     */
    public void append(UUID sourceEventId, PublicEntry entry) {
        throw new UnsupportedOperationException("not yet built");
    }
}
