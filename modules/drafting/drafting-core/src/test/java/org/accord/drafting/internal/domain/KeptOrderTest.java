package org.accord.drafting.internal.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class KeptOrderTest {

    private static List<UUID> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> new UUID(0, i)).toList();
    }

    private static int longestCommonSubsequence(List<UUID> a, List<UUID> b) {
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                lengths[i][j] = a.get(i - 1).equals(b.get(j - 1))
                        ? lengths[i - 1][j - 1] + 1
                        : Math.max(lengths[i - 1][j], lengths[i][j - 1]);
            }
        }
        return lengths[a.size()][b.size()];
    }

    @Test
    void sameOrder_keepsEverything() {
        assertThat(KeptOrder.of(ids(5), ids(5))).containsExactlyInAnyOrderElementsOf(ids(5));
    }

    @Test
    void emptyLists_keepNothing() {
        assertThat(KeptOrder.of(List.of(), List.of())).isEmpty();
    }

    @Test
    void oneIdMovedToTheEnd_isTheOnlyOneLeftOut() {
        List<UUID> before = ids(5);
        List<UUID> after = new ArrayList<>(before.subList(1, 5));
        after.add(before.getFirst());

        assertThat(KeptOrder.of(before, after)).containsExactlyInAnyOrderElementsOf(before.subList(1, 5));
    }

    @Test
    void reversedOrder_keepsOne() {
        List<UUID> reversed = new ArrayList<>(ids(6));
        Collections.reverse(reversed);

        assertThat(KeptOrder.of(ids(6), reversed)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void shuffledOrder_keepsALongestCommonSubsequence(long seed) {
        List<UUID> before = ids(40);
        List<UUID> after = new ArrayList<>(before);
        Collections.shuffle(after, new Random(seed));

        Set<UUID> kept = KeptOrder.of(before, after);

        assertThat(kept).hasSize(longestCommonSubsequence(before, after));
        assertThat(after.stream().filter(kept::contains).toList())
                .isEqualTo(before.stream().filter(kept::contains).toList());
    }
}
