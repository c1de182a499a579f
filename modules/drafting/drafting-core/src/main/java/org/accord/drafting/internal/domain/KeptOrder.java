package org.accord.drafting.internal.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the largest set of ids that appear in the same relative order in two orderings of the same ids. Because every
 * id occurs once in each list, this longest common subsequence is a longest increasing subsequence, found in n log n
 * time however scrambled the lists are.
 */
final class KeptOrder {

    private KeptOrder() {
    }

    /** Both lists must hold the same distinct ids. */
    static Set<UUID> of(List<UUID> before, List<UUID> after) {
        Map<UUID, Integer> indexBefore = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            indexBefore.put(before.get(i), i);
        }
        int[] sequence = after.stream().mapToInt(indexBefore::get).toArray();
        Set<UUID> kept = new HashSet<>();
        for (int index : longestIncreasing(sequence)) {
            kept.add(before.get(index));
        }
        return kept;
    }

    /** Patience sorting: tails[k] holds the position of the smallest possible end of a run of length k + 1. */
    private static int[] longestIncreasing(int[] values) {
        int[] tails = new int[values.length];
        int[] previous = new int[values.length];
        int length = 0;
        for (int i = 0; i < values.length; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[tails[middle]] < values[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        int[] result = new int[length];
        for (int k = length - 1, i = length > 0 ? tails[length - 1] : -1; k >= 0; k--, i = previous[i]) {
            result[k] = values[i];
        }
        return result;
    }
}
