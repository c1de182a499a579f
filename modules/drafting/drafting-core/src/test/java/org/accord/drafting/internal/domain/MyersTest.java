package org.accord.drafting.internal.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MyersTest {

    @Test
    void diff_findsTheSameRunsAndCountsTheSameWork_asJavaDiffUtils() {
        Random random = new Random(5);
        for (int round = 0; round < 2_000; round++) {
            int alphabet = 1 + random.nextInt(6);
            int[] before = random(random, random.nextInt(40), alphabet);
            int[] after = random.nextBoolean() ? random(random, random.nextInt(40), alphabet) : edit(random, before);

            DiffWork ours = new DiffWork(Long.MAX_VALUE / 4);
            ours.startAttempt();
            List<String> runs = new ArrayList<>();
            Myers.diff(before, 0, before.length, after, 0, after.length, ours, recorder(runs));

            Counted theirs = new Counted();
            List<String> expected = new ArrayList<>();
            for (AbstractDelta<Integer> delta : DiffUtils.diff(boxed(before), boxed(after),
                    new MyersDiff<>(theirs::same), theirs, true).getDeltas()) {
                int oldFrom = delta.getSource().getPosition();
                int newFrom = delta.getTarget().getPosition();
                expected.add(delta.getType() == DeltaType.EQUAL
                        ? "same " + oldFrom + " " + newFrom + " " + delta.getSource().size()
                        : "change " + oldFrom + "-" + (oldFrom + delta.getSource().size()) + " " + newFrom + "-"
                                + (newFrom + delta.getTarget().size()));
            }

            assertThat(runs).as("%s -> %s", Arrays.toString(before), Arrays.toString(after))
                    .isEqualTo(expected);
            assertThat(ours.spent()).as("work of %s -> %s", Arrays.toString(before), Arrays.toString(after))
                    .isEqualTo(theirs.spent);
        }
    }

    @Test
    void diff_reportsPositionsInTheWholeArrays() {
        List<String> runs = new ArrayList<>();
        DiffWork work = new DiffWork(1_000);
        work.startAttempt();

        Myers.diff(new int[]{9, 1, 2, 3, 9}, 1, 4, new int[]{8, 8, 1, 4, 3}, 2, 5, work, recorder(runs));

        assertThat(runs).containsExactly("same 1 2 1", "change 2-3 3-4", "same 3 4 1");
    }

    @Test
    void diff_stopsWhenTheAttemptsShareRunsOut_reportingNothing() {
        List<String> runs = new ArrayList<>();
        DiffWork work = new DiffWork(100);
        work.startAttempt();

        assertThatThrownBy(() -> Myers.diff(random(new Random(1), 200, 50), 0, 200, random(new Random(2), 200, 50), 0,
                200, work, recorder(runs))).isInstanceOf(DiffWork.Exhausted.class);
        assertThat(runs).isEmpty();
        assertThat(work.spent()).isLessThanOrEqualTo(50);
    }

    private static Myers.Runs recorder(List<String> runs) {
        return new Myers.Runs() {

            @Override
            public void same(int oldFrom, int newFrom, int length) {
                runs.add("same " + oldFrom + " " + newFrom + " " + length);
            }

            @Override
            public void change(int oldFrom, int oldTo, int newFrom, int newTo) {
                runs.add("change " + oldFrom + "-" + oldTo + " " + newFrom + "-" + newTo);
            }
        };
    }

    private static int[] random(Random random, int length, int alphabet) {
        return random.ints(length, 0, alphabet).toArray();
    }

    private static int[] edit(Random random, int[] sequence) {
        List<Integer> edited = new ArrayList<>(boxed(sequence));
        for (int i = random.nextInt(5); i >= 0; i--) {
            int at = edited.isEmpty() ? 0 : random.nextInt(edited.size());
            switch (random.nextInt(3)) {
                case 0 -> edited.add(at, random.nextInt(6));
                case 1 -> {
                    if (!edited.isEmpty()) {
                        edited.remove(at);
                    }
                }
                default -> {
                    if (!edited.isEmpty()) {
                        edited.set(at, random.nextInt(6));
                    }
                }
            }
        }
        return edited.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Integer> boxed(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /** The work java-diff-utils does, counted as {@link DiffWork} counts it. */
    private static final class Counted implements DiffAlgorithmListener {

        long spent;

        boolean same(Integer a, Integer b) {
            spent++;
            return a.intValue() == b.intValue();
        }

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int d, int max) {
            spent += d + 1L;
        }

        @Override
        public void diffEnd() {
        }
    }
}
