package org.accord.app.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The samples of a benchmark group, kept by measure. A group runs a warm-up and then {@link #RUNS} measured runs, each
 * run taking one sample of every measure in turn, so that whatever else the machine does at a moment touches a measure
 * and its ceiling alike. The first sample of a measure is its warm-up.
 */
final class Trials {

    static final int RUNS = 3;

    private final Map<String, List<Sample>> samples = new LinkedHashMap<>();

    /** @return the run numbers: 0 for the warm-up, then 1 to {@link #RUNS} */
    static int[] runs() {
        int[] runs = new int[RUNS + 1];
        for (int run = 0; run <= RUNS; run++) {
            runs[run] = run;
        }
        return runs;
    }

    Sample add(String measure, Sample sample) {
        samples.computeIfAbsent(measure, name -> new ArrayList<>()).add(sample);
        return sample;
    }

    Figure figure(String measure) {
        List<Sample> taken = samples.get(measure);
        if (taken == null || taken.size() != RUNS + 1) {
            throw new IllegalStateException(measure + ": expected a warm-up and " + RUNS + " runs, got "
                    + (taken == null ? 0 : taken.size()) + " samples");
        }
        return new Figure(taken.get(0), List.copyOf(taken.subList(1, taken.size())));
    }

    /** A measure's warm-up and measured runs; what it reports is the median of the runs. */
    record Figure(Sample warmUp, List<Sample> runs) {

        double value() {
            return median(Sample::value);
        }

        Double p50() {
            return median(Sample::p50);
        }

        Double p99() {
            return median(Sample::p99);
        }

        Double generatorCpu() {
            return median(Sample::generatorCpu);
        }

        double min() {
            return runs.stream().mapToDouble(Sample::value).min().orElseThrow();
        }

        double max() {
            return runs.stream().mapToDouble(Sample::value).max().orElseThrow();
        }

        List<Double> values() {
            return runs.stream().map(Sample::value).toList();
        }

        private Double median(Function<Sample, Double> part) {
            if (runs.stream().map(part).anyMatch(java.util.Objects::isNull)) {
                return null;
            }
            List<Double> values = runs.stream().map(part).sorted().toList();
            return values.get(values.size() / 2);
        }
    }
}
