package org.accord.app.bench;

/**
 * One run of one measure: its headline value, and, where the measure has a latency distribution, its median and 99th
 * percentile in milliseconds. {@code generatorCpu} is the share of the machine's processors the load generator used
 * during the run (0 to 1), where the load came from one.
 */
record Sample(double value, Double p50, Double p99, Double generatorCpu) {

    static Sample of(double value) {
        return new Sample(value, null, null, null);
    }

    /** A latency series: its value is the median. */
    static Sample latencies(double[] millis) {
        double[] percentiles = Latencies.percentiles(millis);
        return new Sample(percentiles[0], percentiles[0], percentiles[1], null);
    }

    /** A load run: requests (or events) per second, with the latency percentiles of each. */
    static Sample load(double perSecond, double[] millis, Double generatorCpu) {
        double[] percentiles = Latencies.percentiles(millis);
        return new Sample(perSecond, percentiles[0], percentiles[1], generatorCpu);
    }
}
