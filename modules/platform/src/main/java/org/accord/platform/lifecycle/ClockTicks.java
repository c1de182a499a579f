package org.accord.platform.lifecycle;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The ticks of a module's clock (ballots, comment rounds): each in a transaction of its own, side by side if two come
 * at once, as they would from two application instances, and none once shutdown has begun; stopping waits for the ticks
 * in progress. The clock's work must be safe to run concurrently, which locking due rows with SKIP LOCKED makes it.
 */
public final class ClockTicks {

    private final ReadWriteLock ticking = new ReentrantReadWriteLock();
    private boolean stopped;

    public void run(Runnable work) {
        ticking.readLock().lock();
        try {
            if (!stopped) {
                QuarkusTransaction.requiringNew().run(work);
            }
        } finally {
            ticking.readLock().unlock();
        }
    }

    public void stop() {
        ticking.writeLock().lock();
        try {
            stopped = true;
        } finally {
            ticking.writeLock().unlock();
        }
    }
}
