package org.accord.stakeholders.internal.domain;

import java.util.List;
import java.util.Optional;

import org.accord.membership.api.Side;

/**
 * One balance requirement of the working group, kept as data so admins can change it. Rules only look at voting
 * members, and hold trivially while nobody votes.
 */
public record BalanceRule(String id, BalanceRuleKind kind, int thresholdPercent) {

    /** Observers normally hold no voting rights, so the transatlantic balance is between these two. */
    private static final List<Side> BALANCED_SIDES = List.of(Side.US, Side.EU);

    public BalanceRule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A balance rule needs a non-blank id");
        }
        if (kind == null) {
            throw new IllegalArgumentException("Balance rule " + id + " needs a kind");
        }
        if (thresholdPercent < 1 || thresholdPercent > 100) {
            throw new IllegalArgumentException(
                    "The threshold of balance rule " + id + " must be between 1 and 100 percent, got: "
                            + thresholdPercent);
        }
    }

    /**
     * The sides a {@link BalanceRuleKind#MIN_SIDE_SHARE} rule weighs against each other, in the order it names them.
     */
    public static List<Side> balancedSides() {
        return BALANCED_SIDES;
    }

    /** What breaks this rule in {@code balance}; empty while the rule holds. */
    public Optional<Finding> violation(Balance balance) {
        if (balance.totalVotingMembers() == 0) {
            return Optional.empty();
        }
        List<Breach> breaches = switch (kind) {
            case MAX_GROUP_SHARE -> groupsAboveLimit(balance);
            case MIN_SIDE_SHARE -> sidesBelowMinimum(balance);
        };
        return breaches.isEmpty() ? Optional.empty() : Optional.of(new Finding(kind, thresholdPercent, breaches));
    }

    public boolean holds(Balance balance) {
        return violation(balance).isEmpty();
    }

    private List<Breach> groupsAboveLimit(Balance balance) {
        int total = balance.totalVotingMembers();
        // Compared in whole numbers so that a share of exactly the threshold never fails on a rounding error.
        return balance.groups().stream()
                .filter(group -> 100L * balance.votingMembers(group) > (long) thresholdPercent * total)
                .map(group -> new Breach(group, balance.votingShareOfGroup(group)))
                .toList();
    }

    private List<Breach> sidesBelowMinimum(Balance balance) {
        int total = balance.totalVotingMembers();
        return BALANCED_SIDES.stream()
                .filter(side -> 100L * balance.votingMembers(side) < (long) thresholdPercent * total)
                .map(side -> new Breach(side.name(), balance.votingShareOfSide(side)))
                .toList();
    }
}
