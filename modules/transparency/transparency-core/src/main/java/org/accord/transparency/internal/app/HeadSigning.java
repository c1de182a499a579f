package org.accord.transparency.internal.app;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.accord.platform.lifecycle.ClockTicks;
import org.accord.transparency.internal.log.HeadSchedule;
import org.accord.transparency.internal.log.LogSigningKey;
import org.accord.transparency.internal.log.TreeHead;
import org.accord.transparency.internal.persistence.HeadRows;
import org.accord.transparency.internal.persistence.HeadRows.StoredHead;
import org.accord.transparency.internal.persistence.LogSizeRow;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Signs a tree head when the schedule says one is due. Whether one is, is looked at first without a lock, and again
 * under the log's size lock, so that across instances one head is signed at a time and none twice. On shutdown, a tick
 * in progress completes and no other starts.
 */
@ApplicationScoped
public class HeadSigning {

    private final LogSizeRow logSize;
    private final HeadRows heads;
    private final StoredTree tree;
    private final LogSigningKey key;
    private final HeadSchedule schedule;
    private final ClockTicks ticks = new ClockTicks();

    HeadSigning(LogSizeRow logSize, HeadRows heads, StoredTree tree, LogSigningKey key, HeadSchedule schedule) {
        this.logSize = logSize;
        this.heads = heads;
        this.tree = tree;
        this.key = key;
        this.schedule = schedule;
    }

    @Scheduled(every = "${accord.transparency.heads.check-every}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void tick() {
        ticks.run(this::signIfDue);
    }

    void stop(@Observes ShutdownEvent event) {
        ticks.stop();
    }

    private void signIfDue() {
        if (!due(logSize.read())) {
            return;
        }
        long size = logSize.lock();
        Optional<TreeHead> latest = latest();
        Instant now = Instant.now();
        if (!schedule.due(latest, size, now)) {
            return;
        }
        TreeHead head = new TreeHead(size, tree.root(size), HeadSchedule.timestamp(latest, now));
        heads.insert(new StoredHead(head.treeSize(), head.rootHash(), head.timestampMs(), key.sign(head.message())));
    }

    private boolean due(long size) {
        return schedule.due(latest(), size, Instant.now());
    }

    private Optional<TreeHead> latest() {
        return heads.latest().map(head -> new TreeHead(head.treeSize(), head.rootHash(), head.timestampMs()));
    }
}
