package org.accord.voting.internal.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many of the eligible have voted, overall and per side: all that a secret ballot shows while it is open. Counts
 * are of voters, not of weight, because who voted is public and weights would add nothing a voter list does not say.
 */
public record Turnout(Count overall, List<Count> sides) {

    public record Count(String scope, int eligible, int voted) {
    }

    public static Turnout of(List<Voter> eligible, Set<String> votedMemberIds) {
        int voted = 0;
        Map<Side, int[]> bySide = new EnumMap<>(Side.class);
        for (Voter voter : eligible) {
            boolean hasVoted = votedMemberIds.contains(voter.memberId());
            voted += hasVoted ? 1 : 0;
            if (voter.side() != Side.OBSERVER) {
                int[] counts = bySide.computeIfAbsent(voter.side(), side -> new int[2]);
                counts[0]++;
                counts[1] += hasVoted ? 1 : 0;
            }
        }
        return new Turnout(new Count(Tally.OVERALL, eligible.size(), voted), bySide.entrySet().stream()
                .map(side -> new Count(side.getKey().name(), side.getValue()[0], side.getValue()[1])).toList());
    }
}
