package org.accord.voting.internal.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.accord.platform.i18n.Text;

/**
 * What a closed ballot publishes. A roll-call ballot publishes everything. A secret ballot publishes the result, the
 * overall tally and every check's outcome, and a side or group tally only where it cannot be narrowed down to fewer
 * than {@code minCell} voters.
 * <p>
 * Who voted, and each voter's side and group, are public, so a published tally can be subtracted from another that
 * contains it: the overall tally minus the published sides gives the withheld sides together, a side minus a group that
 * lies wholly inside it gives the rest of that side. Scopes are withheld, starting with those under {@code minCell}
 * voters and then the smallest that such a subtraction needs, until every difference between two known sets of voters,
 * one inside the other, is empty or has at least {@code minCell} voters.
 */
public final class Disclosure {

    /** A scope's tally as published; {@code tally} is null when withheld. */
    public record ScopeTally(String scope, int eligible, int voted, Tally tally) {

        public boolean withheld() {
            return tally == null;
        }
    }

    /** Whether the rule held in a scope; {@code explanation} is null where the scope's tally is withheld. */
    public record CheckOutcome(String scope, boolean holds, Text explanation) {
    }

    public record Result(boolean passes, Summary summary, Tally overall, List<ScopeTally> sides,
            List<ScopeTally> groups, List<CheckOutcome> checks) {

        /** Every published scope in order, overall first: the tallies as they are recorded and announced. */
        public List<ScopeTally> scopes() {
            List<ScopeTally> scopes = new ArrayList<>();
            scopes.add(new ScopeTally(overall.scope(), overall.eligible(), overall.participated(), overall));
            scopes.addAll(sides);
            scopes.addAll(groups);
            return scopes;
        }
    }

    /** A set of voters whose tally an onlooker knows: a published scope, or the withheld ones of a partition. */
    private record Known(String scope, String partition, Set<String> voters) {

        boolean published() {
            return scope != null;
        }
    }

    private static final String SIDES = "sides";
    private static final String GROUPS = "groups";

    private Disclosure() {
    }

    /** Everything, for a roll-call ballot. */
    public static Result rollCall(Standing standing) {
        return disclose(standing, Set.of(), standing.summary());
    }

    /**
     * The result of a secret ballot.
     *
     * @param eligible
     *            the ballot's voters, with the side and group each had
     * @param tookPart
     *            the member ids of those who voted
     */
    public static Result secret(Standing standing, List<Voter> eligible, Set<String> tookPart, int minCell) {
        if (minCell < 1) {
            throw new IllegalArgumentException("A secret ballot withholds scopes below at least 1 voter, got: "
                    + minCell);
        }
        Map<String, Set<String>> sides = new TreeMap<>();
        Map<String, Set<String>> groups = new TreeMap<>();
        standing.sides().forEach(tally -> sides.put(tally.scope(), new HashSet<>()));
        standing.groups().forEach(tally -> groups.put(tally.scope(), new HashSet<>()));
        Set<String> overall = new HashSet<>();
        for (Voter voter : eligible) {
            if (tookPart.contains(voter.memberId())) {
                overall.add(voter.memberId());
                if (voter.side() != Side.OBSERVER) {
                    sides.computeIfAbsent(voter.side().name(), side -> new HashSet<>()).add(voter.memberId());
                }
                if (voter.group() != null) {
                    groups.computeIfAbsent(voter.group(), group -> new HashSet<>()).add(voter.memberId());
                }
            }
        }
        return disclose(standing, withheld(overall, sides, groups, minCell), null);
    }

    private static Set<String> withheld(Set<String> overall, Map<String, Set<String>> sides,
            Map<String, Set<String>> groups, int minCell) {
        Set<String> withheld = new HashSet<>();
        sides.forEach((scope, voters) -> withheldIfSmall(withheld, scope, voters, minCell));
        groups.forEach((scope, voters) -> withheldIfSmall(withheld, scope, voters, minCell));
        String next;
        while ((next = nextToWithhold(overall, sides, groups, withheld, minCell)) != null) {
            withheld.add(next);
        }
        return withheld;
    }

    private static void withheldIfSmall(Set<String> withheld, String scope, Set<String> voters, int minCell) {
        if (voters.size() < minCell) {
            withheld.add(scope);
        }
    }

    /** The scope to withhold so that one more revealing difference disappears, or null when there is none left. */
    private static String nextToWithhold(Set<String> overall, Map<String, Set<String>> sides,
            Map<String, Set<String>> groups, Set<String> withheld, int minCell) {
        List<Known> known = new ArrayList<>();
        known.add(new Known(null, null, overall));
        addPartition(known, SIDES, sides, withheld, overall);
        addPartition(known, GROUPS, groups, withheld, overall);
        // Subtracting nothing: a known set is revealing on its own when it is small.
        known.add(new Known(null, null, Set.of()));
        for (Known outer : known) {
            for (Known inner : known) {
                int difference = outer.voters().size() - inner.voters().size();
                // The overall tally is published however few took part: the result must be explainable.
                boolean overallAlone = outer.voters().size() == overall.size() && inner.voters().isEmpty();
                if (!overallAlone && difference > 0 && difference < minCell
                        && outer.voters().containsAll(inner.voters())) {
                    return victim(outer, inner, known);
                }
            }
        }
        return null;
    }

    /** The partition's published scopes, and the voters of its withheld scopes, which subtraction reveals together. */
    private static void addPartition(List<Known> known, String partition, Map<String, Set<String>> scopes,
            Set<String> withheld, Set<String> overall) {
        Set<String> hidden = new HashSet<>(overall);
        scopes.forEach((scope, voters) -> {
            if (!withheld.contains(scope)) {
                known.add(new Known(scope, partition, voters));
                hidden.removeAll(voters);
            }
        });
        if (!hidden.isEmpty()) {
            known.add(new Known(null, partition, hidden));
        }
    }

    /**
     * The smaller published scope of the two; where neither is one, the smallest published scope of the partition whose
     * withheld voters are involved, so that they grow: the inner set's, or else the outer set's.
     */
    private static String victim(Known outer, Known inner, List<Known> known) {
        Comparator<Known> bySize = Comparator.comparingInt((Known k) -> k.voters().size()).thenComparing(Known::scope);
        String partition = inner.partition() != null ? inner.partition() : outer.partition();
        return List.of(outer, inner).stream().filter(Known::published).min(bySize)
                .or(() -> known.stream().filter(k -> k.published() && k.partition().equals(partition)).min(bySize))
                .map(Known::scope).orElseThrow(() -> new IllegalStateException("Nothing left to withhold"));
    }

    /**
     * A closed ballot's result, read back from what was recorded when it closed: its published tallies, overall first,
     * and its checks' outcomes. A roll-call ballot's tallies are all published, so its standing at close is worked out
     * again from them; a secret ballot explains each check whose tally is published and sums up by outcomes alone.
     */
    public static Result recorded(Rule rule, boolean secret, boolean passes, List<ScopeTally> scopes,
            List<CheckOutcome> outcomes) {
        ScopeTally overall = scopes.getFirst();
        List<ScopeTally> sides = scopes.stream().skip(1).filter(scope -> Scopes.isSide(scope.scope())).toList();
        List<ScopeTally> groups = scopes.stream().skip(1).filter(scope -> !Scopes.isSide(scope.scope())).toList();
        if (!secret) {
            return rollCall(RuleEngine.evaluate(rule, overall.tally(),
                    sides.stream().map(ScopeTally::tally).toList(), groups.stream().map(ScopeTally::tally).toList()));
        }
        Map<String, Tally> published = new HashMap<>();
        scopes.stream().filter(scope -> !scope.withheld())
                .forEach(scope -> published.put(scope.scope(), scope.tally()));
        List<CheckOutcome> checks = outcomes.stream().map(outcome -> new CheckOutcome(outcome.scope(),
                outcome.holds(), published.containsKey(outcome.scope())
                        ? ScopeCheck.of(rule, published.get(outcome.scope())).explanation()
                        : null))
                .toList();
        return new Result(passes, outcomeOnly(passes, checks), overall.tally(), sides, groups, checks);
    }

    private static Result disclose(Standing standing, Set<String> withheld, Summary summary) {
        Function<Tally, ScopeTally> publish = tally -> new ScopeTally(tally.scope(), tally.eligible(),
                tally.participated(), withheld.contains(tally.scope()) ? null : tally);
        List<CheckOutcome> checks = standing.checks().stream().map(check -> new CheckOutcome(check.scope(),
                check.holds(), withheld.contains(check.scope()) ? null : check.explanation())).toList();
        return new Result(standing.passes(), summary == null ? outcomeOnly(standing.passes(), checks) : summary,
                standing.overall(), standing.sides().stream().map(publish).toList(),
                standing.groups().stream().map(publish).toList(), checks);
    }

    /** The result from the checks' outcomes alone, so it says nothing a withheld tally would. */
    private static Summary outcomeOnly(boolean passes, List<CheckOutcome> checks) {
        return passes
                ? new Summary.Passes()
                : new Summary.DoesNotHold(checks.stream().filter(check -> !check.holds()).map(CheckOutcome::scope)
                        .toList());
    }
}
