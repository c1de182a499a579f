package org.accord.drafting.internal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Compares two draft versions clause by clause. Clauses are matched by id, so a clause keeps its identity through
 * renumbering; only a new revision counts as a change of its words.
 */
public final class VersionDiff {

    private VersionDiff() {
    }

    /**
     * @param from
     *            the older version's entries in document order
     * @param to
     *            the newer version's entries in document order
     * @return the changes in the newer version's reading order, each removed clause right after the clause that
     *         preceded it in the older version
     */
    public static VersionComparison compare(List<VersionEntry> from, List<VersionEntry> to) {
        long characters = Stream.concat(from.stream(), to.stream())
                .mapToLong(entry -> length(entry.heading()) + length(entry.text())).sum();
        return compare(from, to, DiffWork.forCharacters(characters));
    }

    /** All the redlines of the comparison share {@code work}. */
    static VersionComparison compare(List<VersionEntry> from, List<VersionEntry> to, DiffWork work) {
        Map<UUID, VersionEntry> before = byClause(from);
        Map<UUID, VersionEntry> after = byClause(to);
        Set<UUID> inOrder = KeptOrder.of(common(from, after), common(to, before));

        List<VersionEntry> removedFirst = new ArrayList<>();
        Map<UUID, List<VersionEntry>> removedAfter = new HashMap<>();
        UUID anchor = null;
        for (VersionEntry entry : from) {
            if (after.containsKey(entry.clauseId())) {
                anchor = entry.clauseId();
            } else if (anchor == null) {
                removedFirst.add(entry);
            } else {
                removedAfter.computeIfAbsent(anchor, id -> new ArrayList<>()).add(entry);
            }
        }

        Tally tally = new Tally(work);
        removedFirst.forEach(tally::removed);
        for (VersionEntry entry : to) {
            VersionEntry old = before.get(entry.clauseId());
            if (old == null) {
                tally.added(entry);
            } else {
                boolean moved = !Objects.equals(old.parentId(), entry.parentId())
                        || !inOrder.contains(entry.clauseId());
                boolean changed = !Objects.equals(old.revisionId(), entry.revisionId());
                tally.kept(old, entry, moved, changed);
            }
            removedAfter.getOrDefault(entry.clauseId(), List.of()).forEach(tally::removed);
        }
        return tally.comparison();
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }

    private static Map<UUID, VersionEntry> byClause(List<VersionEntry> entries) {
        Map<UUID, VersionEntry> byClause = new LinkedHashMap<>();
        for (VersionEntry entry : entries) {
            if (byClause.putIfAbsent(entry.clauseId(), entry) != null) {
                throw new IllegalArgumentException("Clause " + entry.clauseId() + " appears twice in one version");
            }
        }
        return byClause;
    }

    private static List<UUID> common(List<VersionEntry> entries, Map<UUID, VersionEntry> other) {
        return entries.stream().map(VersionEntry::clauseId).filter(other::containsKey).toList();
    }

    private static final class Tally {

        private final DiffWork work;
        private final List<ClauseChange> changes = new ArrayList<>();
        private int added;
        private int removed;
        private int moved;
        private int changed;

        Tally(DiffWork work) {
            this.work = work;
        }

        void added(VersionEntry entry) {
            added++;
            changes.add(new ClauseChange(entry.clauseId(), ChangeType.ADDED, null, entry.number(), entry.heading(),
                    WordDiff.redline("", entry.heading(), work), WordDiff.redline("", entry.text(), work)));
        }

        void removed(VersionEntry entry) {
            removed++;
            changes.add(new ClauseChange(entry.clauseId(), ChangeType.REMOVED, entry.number(), null, entry.heading(),
                    WordDiff.redline(entry.heading(), "", work), WordDiff.redline(entry.text(), "", work)));
        }

        void kept(VersionEntry old, VersionEntry entry, boolean wasMoved, boolean wasChanged) {
            if (wasMoved) {
                moved++;
            }
            if (wasChanged) {
                changed++;
            }
            if (wasMoved && wasChanged) {
                changes.add(redlined(old, entry, ChangeType.MOVED_AND_CHANGED));
            } else if (wasChanged) {
                changes.add(redlined(old, entry, ChangeType.CHANGED));
            } else if (wasMoved) {
                changes.add(new ClauseChange(entry.clauseId(), ChangeType.MOVED, old.number(), entry.number(),
                        entry.heading(), WordDiff.escape(entry.heading()), WordDiff.escape(entry.text())));
            }
        }

        private ClauseChange redlined(VersionEntry old, VersionEntry entry, ChangeType type) {
            return new ClauseChange(entry.clauseId(), type, old.number(), entry.number(), entry.heading(),
                    WordDiff.redline(old.heading(), entry.heading(), work),
                    WordDiff.redline(old.text(), entry.text(), work));
        }

        VersionComparison comparison() {
            return new VersionComparison(changes, added, removed, moved, changed);
        }
    }
}
