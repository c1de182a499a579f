package org.accord.drafting.internal.domain;

/**
 * Myers' greedy diff of two runs of piece ids, in flat arrays of ints, with no object per step. Step {@code d} visits
 * its {@code d + 1} diagonals and follows each snake one comparison at a time, all counted in {@code work}, which stops
 * the attempt by throwing {@link DiffWork.Exhausted}. Only a diff known to finish within its share keeps its path,
 * found by taking the same steps again; the worst case, a diff that runs out, leaves no garbage to speak of. Of equally
 * short edit scripts it picks the one the classic formulation (and {@code java-diff-utils}, which its tests compare it
 * with) picks, for the same counted work.
 */
final class Myers {

    /** The runs of a diff, in order. */
    interface Runs {

        /** {@code length} pieces from {@code oldFrom} in the older sequence equal those from {@code newFrom}. */
        void same(int oldFrom, int newFrom, int length);

        /** The older pieces {@code [oldFrom, oldTo)} give way to the newer {@code [newFrom, newTo)}. */
        void change(int oldFrom, int oldTo, int newFrom, int newTo);
    }

    private Myers() {
    }

    /**
     * Compares {@code before[oldFrom, oldTo)} with {@code after[newFrom, newTo)}, reporting positions in those arrays.
     *
     * @throws DiffWork.Exhausted
     *             when the attempt's share of the work runs out; nothing has been reported then
     */
    static void diff(int[] before, int oldFrom, int oldTo, int[] after, int newFrom, int newTo, DiffWork work,
            Runs runs) {
        int n = oldTo - oldFrom;
        int m = newTo - newFrom;
        int last = forward(before, oldFrom, n, after, newFrom, m, work, null);
        int[] path = new int[(last + 1) * (last + 2) / 2];
        forward(before, oldFrom, n, after, newFrom, m, null, path);
        report(path, last, n - m, oldFrom, newFrom, runs);
    }

    /**
     * The steps forward. Counted in {@code work}, they remember only the last step's reach, so an attempt that runs out
     * leaves next to nothing behind; once it is known to finish, at step {@code last}, they are taken again uncounted
     * to fill {@code path}: row d, from index d(d + 1) / 2, holds for the diagonals k = -d, -d + 2, ..., d how far
     * along the older sequence step d reached.
     *
     * @return the step that reached the end of both sequences
     */
    private static int forward(int[] before, int oldFrom, int n, int[] after, int newFrom, int m, DiffWork work,
            int[] path) {
        int most = work == null ? 0 : (int) Math.min(n + m + 1L, work.mostSteps());
        int[] reach = work == null ? path : new int[2 * most + 3];
        int middle = most + 1;
        for (int d = 0;; d++) {
            if (work != null) {
                work.step(d);
            }
            int row = d * (d + 1) / 2;
            int previous = row - d;
            for (int k = -d, index = 0; k <= d; k += 2, index++) {
                int down = work == null ? previous + index : middle + k + 1;
                int right = work == null ? previous + index - 1 : middle + k - 1;
                int x;
                if (d == 0) {
                    x = 0;
                } else if (k == -d || k != d && reach[right] < reach[down]) {
                    x = reach[down];
                } else {
                    x = reach[right] + 1;
                }
                int y = x - k;
                while (x < n && y < m && (work == null
                        ? before[oldFrom + x] == after[newFrom + y]
                        : work.same(before[oldFrom + x], after[newFrom + y]))) {
                    x++;
                    y++;
                }
                reach[work == null ? row + index : middle + k] = x;
                if (x >= n && y >= m) {
                    return d;
                }
            }
        }
    }

    /** Walks back from the end of step {@code last} to find each step's snake, then reports them in order. */
    private static void report(int[] reach, int last, int diagonal, int oldFrom, int newFrom, Runs runs) {
        int[] snakeStart = new int[last + 1];
        int[] snakeEnd = new int[last + 1];
        int[] snakeDiagonal = new int[last + 1];
        int k = diagonal;
        for (int d = last; d >= 0; d--) {
            int row = d * (d + 1) / 2;
            int index = (k + d) / 2;
            snakeEnd[d] = reach[row + index];
            snakeDiagonal[d] = k;
            if (d == 0) {
                snakeStart[d] = 0;
                break;
            }
            int previous = row - d;
            if (k == -d || k != d && reach[previous + index - 1] < reach[previous + index]) {
                snakeStart[d] = reach[previous + index];
                k++;
            } else {
                snakeStart[d] = reach[previous + index - 1] + 1;
                k--;
            }
        }
        int oldAt = 0;
        int newAt = 0;
        for (int d = 0; d <= last; d++) {
            int length = snakeEnd[d] - snakeStart[d];
            if (length == 0) {
                continue;
            }
            int x = snakeStart[d];
            int y = x - snakeDiagonal[d];
            if (x > oldAt || y > newAt) {
                runs.change(oldFrom + oldAt, oldFrom + x, newFrom + newAt, newFrom + y);
            }
            runs.same(oldFrom + x, newFrom + y, length);
            oldAt = x + length;
            newAt = y + length;
        }
        int n = snakeEnd[last];
        int m = n - diagonal;
        if (n > oldAt || m > newAt) {
            runs.change(oldFrom + oldAt, oldFrom + n, newFrom + newAt, newFrom + m);
        }
    }
}
