package org.accord.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Writer threads that together take {@code count} numbered actions, each its own transaction: writer {@code w} takes
 * {@code w}, {@code w + writers}, … either as fast as it can or, paced, action {@code i} not before
 * {@code i / perSecond} seconds after the start.
 */
final class PacedWriters {

    private PacedWriters() {
    }

    /**
     * @param perSecond
     *            the rate all writers together keep, or 0 for as fast as they can
     */
    static void run(int count, int writers, int perSecond, IntConsumer action) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int first = writer;
                done.add(threads.submit(() -> {
                    for (int i = first; i < count; i += writers) {
                        if (perSecond > 0) {
                            LockSupport.parkNanos(start + i * 1_000_000_000L / perSecond - System.nanoTime());
                        }
                        action.accept(i);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }
    }
}
