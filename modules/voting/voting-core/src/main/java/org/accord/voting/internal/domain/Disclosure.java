package org.accord.voting.internal.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a closed ballot publishes. A roll-call ballot publishes everything. A secret ballot publishes the result, the
 * overall tally and every check's outcome, but the side and group tallies only where at least {@code minCell} voters
 * took part: a smaller scope would show how its few members voted. Because the overall tally is public, the withheld
 * scopes of one partition (the sides, or the groups) could be worked out together by subtraction; so more scopes are
 * withheld, smallest first, until what the withheld ones add up to also comes from at least {@code minCell} voters.
 */
public final class Disclosure {

    /** A scope's tally as published; {@code tally} is null when withheld. */
    public record ScopeTally(String scope, int eligible, int voted, Tally tally) {

        public boolean withheld() {
            return tally == null;
        }
    }

    /** Whether the rule held in a scope; {@code explanation} is null where the scope's tally is withheld. */
    public record CheckOutcome(String scope, boolean holds, String explanation) {
    }

    public record Result(boolean passes, String summary, Tally overall, List<ScopeTally> sides,
            List<ScopeTally> groups, List<CheckOutcome> checks) {
    }

    private Disclosure() {
    }

    /** Everything, for a roll-call ballot. */
    public static Result rollCall(Standing standing) {
        return disclose(standing, 0, standing.summary());
    }

    /** The result of a secret ballot, with scopes of fewer than {@code minCell} voters withheld. */
    public static Result secret(Standing standing, int minCell) {
        if (minCell < 1) {
            throw new IllegalArgumentException("A secret ballot withholds scopes below at least 1 voter, got: "
                    + minCell);
        }
        return disclose(standing, minCell, null);
    }

    private static Result disclose(Standing standing, int minCell, String summary) {
        Set<String> withheld = new HashSet<>();
        withheld.addAll(withheldOf(standing.overall(), standing.sides(), minCell));
        withheld.addAll(withheldOf(standing.overall(), standing.groups(), minCell));
        Function<Tally, ScopeTally> publish = tally -> new ScopeTally(tally.scope(), tally.eligible(),
                tally.participated(), withheld.contains(tally.scope()) ? null : tally);
        List<CheckOutcome> checks = standing.checks().stream().map(check -> new CheckOutcome(check.scope(),
                check.holds(), withheld.contains(check.scope()) ? null : check.explanation())).toList();
        return new Result(standing.passes(), summary == null ? outcomeOnly(standing) : summary, standing.overall(),
                standing.sides().stream().map(publish).toList(), standing.groups().stream().map(publish).toList(),
                checks);
    }

    /**
     * The scopes of one partition to withhold: those under {@code minCell} voters, then the smallest others until the
     * voters of all withheld scopes, which the overall tally minus the published ones reveals, reach {@code minCell}.
     * Voters in no scope of the partition (no group known) count towards that remainder.
     */
    private static Set<String> withheldOf(Tally overall, List<Tally> partition, int minCell) {
        List<Tally> bySize = new ArrayList<>(partition);
        bySize.sort(Comparator.comparingInt(Tally::participated).thenComparing(Tally::scope));
        Set<String> withheld = bySize.stream().filter(tally -> tally.participated() < minCell).map(Tally::scope)
                .collect(Collectors.toCollection(HashSet::new));
        int published = bySize.stream().filter(tally -> !withheld.contains(tally.scope()))
                .mapToInt(Tally::participated).sum();
        for (Tally next : bySize) {
            int hidden = overall.participated() - published;
            if (hidden == 0 || hidden >= minCell) {
                break;
            }
            if (withheld.add(next.scope())) {
                published -= next.participated();
            }
        }
        return withheld;
    }

    /** The result in words from the checks' outcomes alone, so it says nothing a withheld tally would. */
    private static String outcomeOnly(Standing standing) {
        if (standing.passes()) {
            return "Passes";
        }
        List<String> failing = standing.checks().stream().filter(check -> !check.holds())
                .map(check -> place(check.scope())).toList();
        return failing.isEmpty()
                ? "Does not pass"
                : "Does not pass: the rule does not hold " + String.join("; ", failing);
    }

    private static String place(String scope) {
        if (scope.equals(Tally.OVERALL)) {
            return "overall";
        }
        return scope.equals(Side.US.name()) || scope.equals(Side.EU.name())
                ? "on the " + scope + " side"
                : "in the " + scope + " group";
    }
}
