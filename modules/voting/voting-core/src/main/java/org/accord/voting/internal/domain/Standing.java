package org.accord.voting.internal.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a ballot stands under a rule.
 *
 * @param sides
 *            the US and EU tallies, in that order, only for sides with eligible voters
 * @param groups
 *            the stakeholder group tallies sorted by code, only for groups with eligible voters
 * @param checks
 *            overall first, then each side, then each group, only for the scopes the rule's concurrence requires
 */
public record Standing(Rule rule, boolean passes, Tally overall, List<Tally> sides, List<Tally> groups,
        List<Check> checks) {

    public Standing {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(overall, "overall");
        sides = List.copyOf(sides);
        groups = List.copyOf(groups);
        checks = List.copyOf(checks);
    }

    /** The check of {@code scope}, if the rule requires one there. */
    public Optional<Check> check(String scope) {
        return checks.stream().filter(check -> check.scope().equals(scope)).findFirst();
    }

    /** Passes, or what it still lacks and where. */
    public Summary summary() {
        if (passes) {
            return new Summary.Passes();
        }
        if (overall.eligible() == 0) {
            return new Summary.NoEligibleVoters();
        }
        return new Summary.ShortOf(checks.stream().filter(check -> !check.holds()).toList());
    }
}
