package org.accord.drafting.internal.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.accord.drafting.internal.domain.ChangeType.ADDED;
import static org.accord.drafting.internal.domain.ChangeType.CHANGED;
import static org.accord.drafting.internal.domain.ChangeType.MOVED;
import static org.accord.drafting.internal.domain.ChangeType.MOVED_AND_CHANGED;
import static org.accord.drafting.internal.domain.ChangeType.REMOVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeout;

class VersionDiffTest {

    private static final UUID S1 = id(1);
    private static final UUID S2 = id(2);
    private static final UUID A = id(3);
    private static final UUID B = id(4);
    private static final UUID C = id(5);
    private static final UUID D = id(6);

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static VersionEntry entry(UUID clause, int revision, UUID parent, String number, String heading,
            String text) {
        return new VersionEntry(clause, new UUID(1, revision), parent, 0, ClauseKind.CLAUSE, number, heading, text);
    }

    /** 1 S1 [1.1 A, 1.2 B], 2 S2 [2.1 C]. */
    private static List<VersionEntry> base() {
        return List.of(
                entry(S1, 1, null, "1", "Scope", "Covers open models."),
                entry(A, 2, S1, "1.1", "Weights", "Weights are published."),
                entry(B, 3, S1, "1.2", "Code", "Code is published."),
                entry(S2, 4, null, "2", "Terms", "Words used."),
                entry(C, 5, S2, "2.1", "Model", "A trained system."));
    }

    private static List<VersionEntry> replaced(List<VersionEntry> entries, VersionEntry replacement) {
        return entries.stream().map(e -> e.clauseId().equals(replacement.clauseId()) ? replacement : e).toList();
    }

    @Test
    void compare_ofIdenticalVersions_findsNothing() {
        VersionComparison comparison = VersionDiff.compare(base(), base());

        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.isEmpty()).isTrue();
        assertThat(comparison).isEqualTo(new VersionComparison(List.of(), 0, 0, 0, 0));
    }

    @Test
    void compare_ofEmptyVersions_findsNothing() {
        assertThat(VersionDiff.compare(List.of(), List.of()).changes()).isEmpty();
    }

    @Test
    void compare_withNewRevision_isChangedWithRedlines() {
        List<VersionEntry> to = replaced(base(), entry(A, 20, S1, "1.1", "Open weights", "Weights are released."));

        VersionComparison comparison = VersionDiff.compare(base(), to);

        assertThat(comparison.changes()).containsExactly(new ClauseChange(A, CHANGED, "1.1", "1.1", "Open weights",
                "<del>Weights</del><ins>Open weights</ins>",
                "Weights are <del>published</del><ins>released</ins>."));
        assertThat(comparison.changed()).isEqualTo(1);
        assertThat(comparison.moved()).isZero();
    }

    @Test
    void compare_withSameRevisionButNewNumber_isNoChange() {
        List<VersionEntry> from = base();
        List<VersionEntry> to = List.of(from.get(0), from.get(2), from.get(3), from.get(4));

        VersionComparison comparison = VersionDiff.compare(from, to);

        assertThat(comparison.changes()).extracting(ClauseChange::clauseId, ClauseChange::type)
                .containsExactly(tuple(A, REMOVED));
    }

    @Test
    void compare_withInsertedClause_isAddedAndFollowingSiblingsAreNotMoved() {
        List<VersionEntry> to = new ArrayList<>(base());
        to.add(1, entry(D, 9, S1, "1.1", "Data", "Data <is> listed."));
        to.set(2, entry(A, 2, S1, "1.2", "Weights", "Weights are published."));
        to.set(3, entry(B, 3, S1, "1.3", "Code", "Code is published."));

        VersionComparison comparison = VersionDiff.compare(base(), to);

        assertThat(comparison.changes()).containsExactly(new ClauseChange(D, ADDED, null, "1.1", "Data",
                "<ins>Data</ins>", "<ins>Data &lt;is&gt; listed.</ins>"));
        assertThat(comparison.added()).isEqualTo(1);
    }

    @Test
    void compare_withRemovedClause_isPlacedAfterThePrecedingRemainingClause() {
        List<VersionEntry> from = base();
        List<VersionEntry> to = new ArrayList<>(from);
        to.remove(2);
        to.set(1, entry(A, 21, S1, "1.1", "Weights", "Weights are published openly."));

        VersionComparison comparison = VersionDiff.compare(from, to);

        assertThat(comparison.changes()).extracting(ClauseChange::clauseId, ClauseChange::type)
                .containsExactly(tuple(A, CHANGED),
                        tuple(B, REMOVED));
        assertThat(comparison.changes().get(1)).isEqualTo(new ClauseChange(B, REMOVED, "1.2", null, "Code",
                "<del>Code</del>", "<del>Code is published.</del>"));
        assertThat(comparison.removed()).isEqualTo(1);
    }

    @Test
    void compare_withRemovedSection_listsItsSubclausesInOrderBehindIt() {
        List<VersionEntry> from = base();
        List<VersionEntry> to = from.subList(3, 5);

        VersionComparison comparison = VersionDiff.compare(from, to);

        assertThat(comparison.changes()).extracting(ClauseChange::clauseId).containsExactly(S1, A, B);
        assertThat(comparison.changes()).allMatch(change -> change.type() == REMOVED && change.toNumber() == null);
        assertThat(comparison.removed()).isEqualTo(3);
    }

    @Test
    void compare_withRemovedClauseAfterUnchangedOne_placesItAfterThatClause() {
        List<VersionEntry> from = base();
        List<VersionEntry> to = new ArrayList<>(from);
        to.remove(4);
        to.add(entry(D, 9, null, "3", "Annexes", ""));

        VersionComparison comparison = VersionDiff.compare(from, to);

        assertThat(comparison.changes()).extracting(ClauseChange::clauseId, ClauseChange::type)
                .containsExactly(tuple(C, REMOVED),
                        tuple(D, ADDED));
        assertThat(comparison.changes().get(1).textRedline()).isEmpty();
    }

    @Test
    void compare_withClauseMovedToAnotherParent_isMovedWithEscapedText() {
        List<VersionEntry> from = replaced(base(), entry(C, 5, S2, "2.1", "Model & system", "A <trained> system."));
        List<VersionEntry> to = List.of(from.get(0), from.get(1), from.get(2),
                entry(C, 5, S1, "1.3", "Model & system", "A <trained> system."), from.get(3));

        VersionComparison comparison = VersionDiff.compare(from, to);

        assertThat(comparison.changes()).containsExactly(new ClauseChange(C, MOVED, "2.1", "1.3", "Model & system",
                "Model &amp; system", "A &lt;trained&gt; system."));
        assertThat(comparison.moved()).isEqualTo(1);
        assertThat(comparison.changed()).isZero();
    }

    @Test
    void compare_withSiblingsReordered_marksOnlyTheClauseThatLeftItsPlace() {
        List<VersionEntry> from = List.of(entry(A, 1, null, "1", "a", ""), entry(B, 2, null, "2", "b", ""),
                entry(C, 3, null, "3", "c", ""), entry(D, 4, null, "4", "d", ""));
        List<VersionEntry> to = List.of(entry(A, 1, null, "1", "a", ""), entry(D, 4, null, "2", "d", ""),
                entry(B, 2, null, "3", "b", ""), entry(C, 3, null, "4", "c", ""));

        VersionComparison comparison = VersionDiff.compare(from, to);

        assertThat(comparison.changes()).extracting(ClauseChange::clauseId, ClauseChange::type,
                ClauseChange::fromNumber, ClauseChange::toNumber)
                .containsExactly(tuple(D, MOVED, "4", "2"));
    }

    @Test
    void compare_withTwoSiblingsSwapped_marksOneOfThemMoved() {
        List<VersionEntry> from = base();
        List<VersionEntry> to = List.of(from.get(0), from.get(2), from.get(1), from.get(3), from.get(4));

        VersionComparison comparison = VersionDiff.compare(from, to);

        assertThat(comparison.changes()).singleElement().extracting(ClauseChange::type).isEqualTo(MOVED);
        assertThat(comparison.changes().getFirst().clauseId()).isIn(A, B);
    }

    @Test
    void compare_withMovedAndChangedClause_countsInBoth() {
        List<VersionEntry> from = base();
        List<VersionEntry> to = List.of(from.get(0), from.get(2), from.get(3), from.get(4),
                entry(A, 30, S2, "2.2", "Weights", "Weights go."));

        VersionComparison comparison = VersionDiff.compare(from, to);

        assertThat(comparison.changes()).extracting(ClauseChange::clauseId, ClauseChange::type)
                .containsExactly(tuple(A, MOVED_AND_CHANGED));
        assertThat(comparison.changes().getFirst().textRedline())
                .isEqualTo("Weights <del>are published</del><ins>go</ins>.");
        assertThat(comparison.moved()).isEqualTo(1);
        assertThat(comparison.changed()).isEqualTo(1);
    }

    @Test
    void compare_outputFollowsTheNewDocumentOrder() {
        List<VersionEntry> from = base();
        List<VersionEntry> to = List.of(
                entry(D, 9, null, "1", "Intro", "New."),
                entry(S1, 11, null, "2", "Scope", "Covers open models only."),
                entry(A, 2, S1, "2.1", "Weights", "Weights are published."),
                entry(S2, 4, null, "3", "Terms", "Words used."),
                entry(C, 5, S2, "3.1", "Model", "A trained system."),
                entry(B, 3, S2, "3.2", "Code", "Code is published."));

        VersionComparison comparison = VersionDiff.compare(from, to);

        assertThat(comparison.changes()).extracting(ClauseChange::clauseId, ClauseChange::type)
                .containsExactly(tuple(D, ADDED),
                        tuple(S1, CHANGED),
                        tuple(B, MOVED));
        assertThat(comparison).extracting(VersionComparison::added, VersionComparison::removed,
                VersionComparison::moved, VersionComparison::changed).containsExactly(1, 0, 1, 1);
    }

    @Test
    void compare_withRemovedFirstClause_listsItFirst() {
        List<VersionEntry> from = base();
        List<VersionEntry> to = List.of(entry(D, 9, null, "1", "New", ""), from.get(3), from.get(4));

        VersionComparison comparison = VersionDiff.compare(from, to);

        assertThat(comparison.changes()).extracting(ClauseChange::clauseId).containsExactly(S1, A, B, D);
    }

    @Test
    void compare_withClauseTwiceInOneVersion_isRejected() {
        List<VersionEntry> twice = List.of(base().get(0), base().get(0));

        assertThatIllegalArgumentException().isThrownBy(() -> VersionDiff.compare(twice, base()))
                .withMessageContaining("twice");
    }

    @Test
    void compare_fourThousandClausesWithATenthChanged_isFast() {
        Random random = new Random(42);
        List<VersionEntry> from = new ArrayList<>();
        UUID section = null;
        for (int i = 0; i < 4_000; i++) {
            UUID clause = new UUID(7, i);
            boolean isSection = i % 20 == 0;
            section = isSection ? clause : section;
            from.add(new VersionEntry(clause, new UUID(8, i), isSection ? null : section, i % 20,
                    isSection ? ClauseKind.SECTION : ClauseKind.CLAUSE, String.valueOf(i), "Heading " + i,
                    paragraph(random)));
        }
        List<VersionEntry> to = new ArrayList<>(from);
        for (int i = 1; i < to.size(); i += 10) {
            VersionEntry old = to.get(i);
            to.set(i, new VersionEntry(old.clauseId(), new UUID(9, i), old.parentId(), old.position(), old.kind(),
                    old.number(), old.heading() + " revised", edited(old.text(), random)));
        }
        Collections.swap(to, 101, 305);
        to.remove(500);

        VersionComparison comparison = assertTimeout(Duration.ofSeconds(1), () -> VersionDiff.compare(from, to));

        assertThat(comparison.removed()).isEqualTo(1);
        assertThat(comparison.changed()).isEqualTo(400);
        assertThat(comparison.moved()).isEqualTo(2);
        assertThat(comparison.changes()).filteredOn(change -> change.type() == CHANGED)
                .as("each reworded clause redlined word by word, not replaced whole")
                .allSatisfy(change -> assertThat(change.textRedline().split("<del>")).hasSizeGreaterThan(2));
    }

    @Test
    void compare_ofManyClausesRewrittenAtTheLengthLimit_sharesOneBoundedWork() {
        Random random = new Random(5);
        List<VersionEntry> from = new ArrayList<>();
        List<VersionEntry> to = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            from.add(new VersionEntry(id(100 + i), new UUID(1, i), null, i, ClauseKind.CLAUSE, String.valueOf(i + 1),
                    "Clause", prose(random, 100_000)));
            to.add(new VersionEntry(id(100 + i), new UUID(2, i), null, i, ClauseKind.CLAUSE, String.valueOf(i + 1),
                    "Clause", prose(random, 100_000)));
        }
        DiffWork work = DiffWork.forCharacters(2_400_000);

        VersionComparison comparison = VersionDiff.compare(from, to, work);

        assertThat(work.spent()).isLessThanOrEqualTo(DiffWork.CEILING);
        assertThat(comparison.changes()).hasSize(12).allSatisfy(change -> {
            int clause = (int) change.clauseId().getLeastSignificantBits() - 100;
            assertThat(unescape(change.textRedline().replaceAll("(?s)<ins>.*?</ins>", "").replaceAll("</?del>", "")))
                    .isEqualTo(from.get(clause).text());
            assertThat(unescape(change.textRedline().replaceAll("(?s)<del>.*?</del>", "").replaceAll("</?ins>", "")))
                    .isEqualTo(to.get(clause).text());
        });
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String prose(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 20);
        while (text.length() < length) {
            text.append("word").append(random.nextInt(40)).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.substring(0, length).strip();
    }

    /** Rewords a few words here and there, as a typical revision does. */
    private static String edited(String text, Random random) {
        String[] words = text.split(" ");
        for (int i = random.nextInt(8); i < words.length; i += 8 + random.nextInt(8)) {
            words[i] = "revised" + random.nextInt(40);
        }
        return String.join(" ", words);
    }

    private static String paragraph(Random random) {
        StringBuilder text = new StringBuilder();
        for (int word = 0; word < 60; word++) {
            text.append("word").append(random.nextInt(40)).append(word % 12 == 11 ? ". " : " ");
        }
        return text.toString().strip();
    }
}
