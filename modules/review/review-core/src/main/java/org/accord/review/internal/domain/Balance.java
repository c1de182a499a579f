package org.accord.review.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who has commented in a round, by side × stakeholder group, against who could have: the voting members. A side or
 * group with voting members and no comment is silent. Comments from observers or from members in no group count for
 * their side or nobody's group, and never make a scope silent.
 */
public record Balance(List<Row> rows, List<String> silentSides, List<String> silentGroups) {

    /** Voting members or comments in one (side, group) cell; a null group is "no group". */
    public record Cell(String side, String group, int count) {
    }

    /** One cell of the matrix: how many voting members, how many comments. */
    public record Row(String side, String group, int votingMembers, int comments) {
    }

    public static Balance of(List<Cell> votingMembers, List<Cell> comments) {
        Map<String, Row> cells = new TreeMap<>();
        Set<String> sidesWithMembers = new TreeSet<>();
        Set<String> groupsWithMembers = new TreeSet<>();
        Set<String> sidesHeard = new TreeSet<>();
        Set<String> groupsHeard = new TreeSet<>();
        for (Cell cell : votingMembers) {
            cells.merge(key(cell), new Row(cell.side(), cell.group(), cell.count(), 0), Balance::add);
            sidesWithMembers.add(cell.side());
            if (cell.group() != null) {
                groupsWithMembers.add(cell.group());
            }
        }
        for (Cell cell : comments) {
            cells.merge(key(cell), new Row(cell.side(), cell.group(), 0, cell.count()), Balance::add);
            sidesHeard.add(cell.side());
            if (cell.group() != null) {
                groupsHeard.add(cell.group());
            }
        }
        sidesWithMembers.removeAll(sidesHeard);
        groupsWithMembers.removeAll(groupsHeard);
        return new Balance(new ArrayList<>(cells.values()), List.copyOf(sidesWithMembers),
                List.copyOf(groupsWithMembers));
    }

    public boolean unbalanced() {
        return !silentSides.isEmpty() || !silentGroups.isEmpty();
    }

    private static String key(Cell cell) {
        return cell.side() + "\u0000" + (cell.group() == null ? "" : cell.group());
    }

    private static Row add(Row a, Row b) {
        return new Row(a.side(), a.group(), a.votingMembers() + b.votingMembers(), a.comments() + b.comments());
    }
}
