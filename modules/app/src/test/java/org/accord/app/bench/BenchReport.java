package org.accord.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures of one benchmark group: written as {@code <group>.md} for people and merged into {@code results.json}
 * (one record per measure, replacing the group's earlier records) and {@code results.md} for tools and comparisons. The
 * directory is {@code accord.bench.dir} (`make bench` sets the project's {@code target/bench}).
 */
final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final String group;
    private final String title;
    private final String description;
    private final List<Entry> entries = new ArrayList<>();

    BenchReport(String group, String title, String description) {
        this.group = group;
        this.title = title;
        this.description = description;
    }

    /** Adds a measure; compare it with its ceilings and give it its goal through the returned entry. */
    Entry add(String name, String unit, Trials.Figure figure) {
        Entry entry = new Entry(name, unit, figure);
        entries.add(entry);
        return entry;
    }

    /**
     * What a measure is judged by: a bound on its value, its p99, or its ratio to its first ceiling. A measure may have
     * several (its median and its p99 ratio, say); it meets them when it meets every one.
     */
    record Goal(String on, String comparison, double bound, String source) {

        static Goal atMost(String on, double bound, String source) {
            return new Goal(on, "<=", bound, source);
        }

        static Goal atLeast(String on, double bound, String source) {
            return new Goal(on, ">=", bound, source);
        }

        boolean met(Double figure) {
            return figure != null && ("<=".equals(comparison) ? figure <= bound : figure >= bound);
        }

        String text(String unit) {
            String what = switch (on) {
                case "ratio" -> "ratio";
                case "p99Ratio" -> "p99 ratio";
                case "p99" -> "p99";
                default -> "value";
            };
            String suffix = on.endsWith("atio") ? "×" : " " + ("p99".equals(on) ? "ms" : unit);
            return what + ("<=".equals(comparison) ? " ≤ " : " ≥ ") + number(bound) + suffix + " (" + source + ")";
        }
    }

    /** A measure set against one ceiling: the ratios of value to value and of p99 to p99. */
    record Comparison(String ceiling, double ceilingValue, Double ceilingP99, double ratio, Double p99Ratio) {
    }

    record WarmUp(double value, Double p50, Double p99) {
    }

    /** One record of results.json. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Measure(String group, String name, String unit, double value, double min, double max, List<Double> runs,
            Double p50, Double p99, WarmUp warmUp, String ceiling, Double ceilingValue, Double ratio, Double p99Ratio,
            List<Comparison> comparisons, Goal goal, List<Goal> goals, String goalText, Boolean met,
            Double generatorCpu, String commit, String date) {
    }

    final class Entry {

        private final String name;
        private final String unit;
        private final Trials.Figure figure;
        private final List<Comparison> comparisons = new ArrayList<>();
        private final List<Goal> goals = new ArrayList<>();

        private Entry(String name, String unit, Trials.Figure figure) {
            this.name = name;
            this.unit = unit;
            this.figure = figure;
        }

        Entry against(String ceiling, Trials.Figure ceilingFigure) {
            Double p99Ratio = figure.p99() == null || ceilingFigure.p99() == null
                    ? null
                    : figure.p99() / ceilingFigure.p99();
            comparisons.add(new Comparison(ceiling, ceilingFigure.value(), ceilingFigure.p99(),
                    figure.value() / ceilingFigure.value(), p99Ratio));
            return this;
        }

        /** Adds a goal; a measure with several meets them when it meets every one. */
        Entry goal(Goal goal) {
            goals.add(goal);
            return this;
        }

        private Measure measure(String commit, String date) {
            Comparison first = comparisons.isEmpty() ? null : comparisons.get(0);
            Sample warm = figure.warmUp();
            return new Measure(group, name, unit, figure.value(), figure.min(), figure.max(), figure.values(),
                    figure.p50(), figure.p99(), new WarmUp(warm.value(), warm.p50(), warm.p99()),
                    first == null ? null : first.ceiling(), first == null ? null : first.ceilingValue(),
                    first == null ? null : first.ratio(), first == null ? null : first.p99Ratio(),
                    comparisons.isEmpty() ? null : List.copyOf(comparisons), goals.isEmpty() ? null : goals.get(0),
                    goals.size() > 1 ? List.copyOf(goals) : null,
                    goals.isEmpty()
                            ? null
                            : String.join("; ", goals.stream().map(goal -> goal.text(unit)).toList()),
                    goals.isEmpty() ? null : goals.stream().allMatch(goal -> goal.met(judged(goal, first))),
                    figure.generatorCpu(), commit, date);
        }

        private Double judged(Goal goal, Comparison first) {
            return switch (goal.on()) {
                case "ratio" -> first == null ? null : first.ratio();
                case "p99Ratio" -> first == null ? null : first.p99Ratio();
                case "p99" -> figure.p99();
                default -> figure.value();
            };
        }
    }

    /** Writes {@code <group>.md}, merges the group into {@code results.json} and rewrites {@code results.md}. */
    void write() {
        Path directory = Path.of(System.getProperty("accord.bench.dir", "target/bench"));
        String commit = System.getProperty("accord.bench.commit", "unknown");
        String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<Measure> measures = entries.stream().map(entry -> entry.measure(commit, date)).toList();
        try {
            Files.createDirectories(directory);
            String markdown = groupMarkdown(measures);
            Files.writeString(directory.resolve(group + ".md"), markdown);
            System.out.println(markdown);
            Path results = directory.resolve("results.json");
            List<Measure> all = new ArrayList<>();
            if (Files.exists(results)) {
                JSON.readValue(results.toFile(), new TypeReference<List<Measure>>() {
                }).stream().filter(measure -> !group.equals(measure.group())).forEach(all::add);
            }
            all.addAll(measures);
            JSON.writeValue(results.toFile(), all);
            Files.writeString(directory.resolve("results.md"), summaryMarkdown(all));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String groupMarkdown(List<Measure> measures) {
        StringBuilder text = new StringBuilder("# " + title + "\n\n" + description.strip() + "\n\n");
        text.append("Each figure is the median of " + Trials.RUNS + " runs (min – max of the runs beside it), after a"
                + " warm-up run reported apart. Ratios are taken to the ceiling named in the row, measured in the same"
                + " runs.\n\n");
        text.append("| measure | unit | median | min – max | p50 (ms) | p99 (ms) | warm-up | against | ratio |"
                + " p99 ratio | goal | met | load generator CPU |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Measure measure : measures) {
            List<Comparison> comparisons = measure.comparisons() == null ? List.of() : measure.comparisons();
            text.append("| %s | %s | %s | %s – %s | %s | %s | %s |".formatted(measure.name(), measure.unit(),
                    number(measure.value()), number(measure.min()), number(measure.max()), number(measure.p50()),
                    number(measure.p99()), number(measure.warmUp().value())));
            text.append(comparisonCells(comparisons.isEmpty() ? null : comparisons.get(0)));
            text.append(" %s | %s | %s |\n".formatted(Objects.requireNonNullElse(measure.goalText(), ""),
                    met(measure.met()), measure.generatorCpu() == null
                            ? ""
                            : "%.0f%%".formatted(measure.generatorCpu() * 100)));
            for (Comparison further : comparisons.subList(Math.min(1, comparisons.size()), comparisons.size())) {
                text.append("| ″ | | | | | | |").append(comparisonCells(further)).append(" | | |\n");
            }
        }
        return text.toString();
    }

    /** The "against", "ratio" and "p99 ratio" cells of a group's table. */
    private static String comparisonCells(Comparison comparison) {
        if (comparison == null) {
            return " | | |";
        }
        return " %s | %s× | %s |".formatted(comparison.ceiling(), number(comparison.ratio()),
                comparison.p99Ratio() == null ? "" : number(comparison.p99Ratio()) + "×");
    }

    private static String summaryMarkdown(List<Measure> measures) {
        StringBuilder text = new StringBuilder("""
                # Benchmark results

                Every measure of the last `make bench` run of each group (`results.json` has the runs, warm-ups and
                every ceiling). Ratio: the median against the first ceiling the group names for it.

                | group | measure | median | p99 (ms) | against | ratio | p99 ratio | goal | met | commit |
                |---|---|---|---|---|---|---|---|---|---|
                """);
        for (Measure measure : measures) {
            text.append("| %s | %s | %s %s | %s | %s | %s | %s | %s | %s | %s |\n".formatted(measure.group(),
                    measure.name(), number(measure.value()), measure.unit(), number(measure.p99()),
                    Objects.requireNonNullElse(measure.ceiling(), ""),
                    measure.ratio() == null ? "" : number(measure.ratio()) + "×",
                    measure.p99Ratio() == null ? "" : number(measure.p99Ratio()) + "×",
                    Objects.requireNonNullElse(measure.goalText(), ""), met(measure.met()), measure.commit()));
        }
        return text.toString();
    }

    private static String met(Boolean met) {
        return met == null ? "" : met ? "yes" : "**no**";
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        double magnitude = Math.abs(value);
        return magnitude >= 100
                ? "%,.0f".formatted(value)
                : magnitude >= 10
                        ? "%.1f".formatted(value)
                        : magnitude >= 0.1 || magnitude == 0
                                ? "%.2f".formatted(value)
                                : "%.2g".formatted(value);
    }

}
