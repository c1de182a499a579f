package org.accord.voting.internal.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The onlooker of a closed secret ballot: knowing every voter's side and group, and which tallies were published, it
 * lists the sets of voters whose tallies it can work out by subtracting one known tally from another that contains it,
 * and reports those with fewer than {@code minCell} voters.
 */
final class KnownSets {

    private KnownSets() {
    }

    static List<String> revealingDifferences(List<Voter> voters, Disclosure.Result result, int minCell) {
        List<Set<String>> known = new ArrayList<>();
        Set<String> everyone = new HashSet<>();
        voters.forEach(voter -> everyone.add(voter.memberId()));
        known.add(everyone);
        addPublishedAndTheRest(known, voters, everyone, result.sides(), true);
        addPublishedAndTheRest(known, voters, everyone, result.groups(), false);
        List<String> revealing = new ArrayList<>();
        for (Set<String> outer : known) {
            for (Set<String> inner : known) {
                Set<String> rest = new HashSet<>(outer);
                rest.removeAll(inner);
                boolean overallAlone = outer.equals(everyone) && inner.isEmpty();
                if (!overallAlone && outer.containsAll(inner) && !rest.isEmpty() && rest.size() < minCell) {
                    revealing.add(rest.size() + " voters: " + outer.size() + " minus " + inner.size());
                }
            }
        }
        return revealing;
    }

    private static void addPublishedAndTheRest(List<Set<String>> known, List<Voter> voters, Set<String> everyone,
            List<Disclosure.ScopeTally> scopes, boolean bySide) {
        Set<String> rest = new HashSet<>(everyone);
        for (Disclosure.ScopeTally scope : scopes) {
            if (!scope.withheld()) {
                Set<String> members = new HashSet<>();
                for (Voter voter : voters) {
                    String of = bySide ? voter.side().name() : voter.group();
                    if (scope.scope().equals(of)) {
                        members.add(voter.memberId());
                    }
                }
                known.add(members);
                rest.removeAll(members);
            }
        }
        known.add(rest);
    }
}
