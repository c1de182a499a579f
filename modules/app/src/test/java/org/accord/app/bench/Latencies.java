package org.accord.app.bench;

import java.util.Arrays;

/** How the benchmarks time repeated calls and report them: milliseconds, as a median and a 99th percentile. */
final class Latencies {

    private Latencies() {
    }

    /** @return the time of each of {@code rounds} calls of {@code action}, in order */
    static double[] each(int rounds, Runnable action) {
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            millis[i] = once(action);
        }
        return millis;
    }

    static double once(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** @return the median and the 99th percentile */
    static double[] percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new double[]{sorted[sorted.length / 2],
                sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.99) - 1)]};
    }
}
