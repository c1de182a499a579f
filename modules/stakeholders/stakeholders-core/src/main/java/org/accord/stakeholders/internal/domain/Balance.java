package org.accord.stakeholders.internal.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;

import org.accord.membership.api.Side;

/**
 * How many members, and how many voting members, each stakeholder group has on each side. Immutable; two balances are
 * equal when they show the same groups in the same order with the same counts, whoever the members are.
 */
public final class Balance {

    private static final List<Side> SIDES = List.of(Side.values());

    private final List<String> groups;
    private final Map<Cell, Tally> cells;

    /**
     * Counts {@code positions}, one per active member, and shows {@code groupCodes} in the given order even when empty.
     * Groups that only the members mention follow in code order, so the result does not depend on the order of
     * {@code positions}.
     */
    public Balance(Collection<MemberPosition> positions, List<String> groupCodes) {
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(groupCodes, "groupCodes");
        var shown = new LinkedHashSet<String>();
        for (String code : groupCodes) {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("A stakeholder group code cannot be blank, got: " + groupCodes);
            }
            shown.add(code);
        }
        var unlisted = new TreeSet<String>();
        var seen = new HashSet<UUID>();
        var counted = new HashMap<Cell, Tally>();
        for (MemberPosition position : positions) {
            Objects.requireNonNull(position, "positions contains null");
            // A member counted twice would silently tilt the balance, so a faulty projection must fail loudly.
            if (!seen.add(position.memberId())) {
                throw new IllegalArgumentException("Member " + position.memberId() + " appears more than once");
            }
            if (!shown.contains(position.groupCode())) {
                unlisted.add(position.groupCode());
            }
            counted.merge(new Cell(position.groupCode(), position.side()), Tally.of(position.votingRights()),
                    Tally::plus);
        }
        var allGroups = new ArrayList<>(shown);
        allGroups.addAll(unlisted);
        this.groups = List.copyOf(allGroups);
        this.cells = Map.copyOf(counted);
    }

    public List<String> groups() {
        return groups;
    }

    /** US, EU, OBSERVER, in that order. */
    public List<Side> sides() {
        return SIDES;
    }

    public int members(String group, Side side) {
        return tally(group, side).members();
    }

    public int votingMembers(String group, Side side) {
        return tally(group, side).votingMembers();
    }

    public int members(String group) {
        return SIDES.stream().mapToInt(side -> members(group, side)).sum();
    }

    public int votingMembers(String group) {
        return SIDES.stream().mapToInt(side -> votingMembers(group, side)).sum();
    }

    public int members(Side side) {
        return groups.stream().mapToInt(group -> members(group, side)).sum();
    }

    public int votingMembers(Side side) {
        return groups.stream().mapToInt(group -> votingMembers(group, side)).sum();
    }

    public int totalMembers() {
        return cells.values().stream().mapToInt(Tally::members).sum();
    }

    public int totalVotingMembers() {
        return cells.values().stream().mapToInt(Tally::votingMembers).sum();
    }

    /** Percentage (0–100) of all voting members that belong to {@code group}; 0 when nobody votes. */
    public double votingShareOfGroup(String group) {
        return percentage(votingMembers(group), totalVotingMembers());
    }

    /** Percentage (0–100) of all voting members on {@code side}; 0 when nobody votes. */
    public double votingShareOfSide(Side side) {
        return percentage(votingMembers(side), totalVotingMembers());
    }

    /** Percentage (0–100) of all members that belong to {@code group}; 0 when there are no members. */
    public double memberShareOfGroup(String group) {
        return percentage(members(group), totalMembers());
    }

    /** Percentage (0–100) of all members on {@code side}; 0 when there are no members. */
    public double memberShareOfSide(Side side) {
        return percentage(members(side), totalMembers());
    }

    private Tally tally(String group, Side side) {
        return cells.getOrDefault(new Cell(group, side), Tally.NONE);
    }

    private static double percentage(int part, int whole) {
        return whole == 0 ? 0.0 : 100.0 * part / whole;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Balance that && groups.equals(that.groups) && cells.equals(that.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groups, cells);
    }

    @Override
    public String toString() {
        var rows = new StringJoiner(", ", "Balance[voting/members ", "]");
        for (String group : groups) {
            var bySide = new StringJoiner(" ", group + "{", "}");
            SIDES.forEach(side -> bySide.add(side + "=" + votingMembers(group, side) + "/" + members(group, side)));
            rows.add(bySide.toString());
        }
        return rows.toString();
    }

    private record Cell(String group, Side side) {
    }

    private record Tally(int members, int votingMembers) {

        static final Tally NONE = new Tally(0, 0);

        static Tally of(boolean votingRights) {
            return new Tally(1, votingRights ? 1 : 0);
        }

        Tally plus(Tally other) {
            return new Tally(members + other.members, votingMembers + other.votingMembers);
        }
    }
}
