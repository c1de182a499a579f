package org.accord.transparency.internal.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.transparency.internal.log.EntryText;
import org.accord.transparency.internal.persistence.EntryRows;
import org.accord.transparency.internal.persistence.EntryRows.StoredEntry;
import org.accord.transparency.internal.persistence.LogSizeRow;
import org.accord.transparency.internal.policy.PublicEntry;

/** Appends entries to the public log, one writer at a time, exactly once per source event. */
@ApplicationScoped
public class LogAppender {

    private final LogSizeRow logSize;
    private final EntryRows entries;
    private final StoredTree tree;

    LogAppender(LogSizeRow logSize, EntryRows entries, StoredTree tree) {
        this.logSize = logSize;
        this.entries = entries;
        this.tree = tree;
    }

    /**
     * Appends the entry unless an entry from {@code sourceEventId} is already in the log; joins the caller's
     * transaction. The entry is numbered with the log's size, which stays locked until that transaction ends: a second
     * writer waits, then sees this entry and the grown size.
     *
     * @throws IllegalArgumentException
     *             when the entry has no type or time, or facts that are not plain JSON with integer numbers
     */
    @Transactional
    public void append(UUID sourceEventId, PublicEntry entry) {
        long seq = logSize.lock();
        if (entries.contains(sourceEventId)) {
            return;
        }
        EntryText text = EntryText.of(seq, sourceEventId, entry);
        byte[] leafHash = text.leafHash();
        entries.insert(new StoredEntry(seq, sourceEventId, entry.type(), entry.standardId(), text.time(),
                Instant.now(), text.text(), leafHash));
        tree.storeSubtreesCompletedBy(seq, leafHash);
        logSize.grow(seq + 1);
    }
}
