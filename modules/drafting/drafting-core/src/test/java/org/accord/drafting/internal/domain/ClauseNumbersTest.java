package org.accord.drafting.internal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.accord.drafting.internal.domain.ClauseKind.ANNEX;
import static org.accord.drafting.internal.domain.ClauseKind.CLAUSE;
import static org.accord.drafting.internal.domain.ClauseKind.EXAMPLE;
import static org.accord.drafting.internal.domain.ClauseKind.NOTE;
import static org.accord.drafting.internal.domain.ClauseKind.SECTION;
import static org.accord.drafting.internal.domain.ClauseKind.TERM;
import static org.assertj.core.api.Assertions.assertThat;

class ClauseNumbersTest {

    /** Builds a tree from lines like "S", " C", " NOTE": two spaces per level, names are kinds. */
    private static final class Outline {

        private final List<ClauseNode> nodes = new ArrayList<>();
        private final List<UUID> ids = new ArrayList<>();

        static Outline of(String... lines) {
            Outline outline = new Outline();
            Map<Integer, UUID> lastAtDepth = new HashMap<>();
            Map<UUID, Integer> childCount = new HashMap<>();
            for (String line : lines) {
                int depth = (line.length() - line.stripLeading().length()) / 2;
                UUID id = new UUID(1, outline.ids.size());
                UUID parent = depth == 0 ? null : lastAtDepth.get(depth - 1);
                int position = childCount.merge(parent == null ? new UUID(0, 0) : parent, 1, Integer::sum) - 1;
                outline.nodes.add(new ClauseNode(id, parent, position, kind(line.strip())));
                outline.ids.add(id);
                lastAtDepth.put(depth, id);
            }
            return outline;
        }

        private static ClauseKind kind(String name) {
            return switch (name) {
                case "S" -> SECTION;
                case "C" -> CLAUSE;
                case "T" -> TERM;
                case "A" -> ANNEX;
                case "N" -> NOTE;
                case "E" -> EXAMPLE;
                default -> throw new IllegalArgumentException(name);
            };
        }

        List<String> numbers() {
            Map<UUID, String> numbers = new ClauseTree(nodes).numbers();
            return ids.stream().map(numbers::get).toList();
        }
    }

    @Test
    void topLevelSectionsClausesAndTerms_shareOneSequence() {
        assertThat(Outline.of("S", "C", "T", "S").numbers()).containsExactly("1", "2", "3", "4");
    }

    @Test
    void topLevelAnnexes_areLetteredAndDoNotConsumeTheSequence() {
        assertThat(Outline.of("S", "A", "S", "A", "A").numbers())
                .containsExactly("1", "Annex A", "2", "Annex B", "Annex C");
    }

    @Test
    void subclauses_extendTheParentNumber() {
        assertThat(Outline.of("S", "S", "S", "S", "  C", "  C", "    C", "    T", "  A").numbers())
                .containsExactly("1", "2", "3", "4", "4.1", "4.2", "4.2.1", "4.2.2", "4.3");
    }

    @Test
    void subclausesOfAnAnnex_useItsLetter() {
        assertThat(Outline.of("S", "A", "  C", "    C", "  S", "A", "  C").numbers())
                .containsExactly("1", "Annex A", "A.1", "A.1.1", "A.2", "Annex B", "B.1");
    }

    @Test
    void notesAndExamples_areCountedSeparatelyAndDoNotConsumeTheClauseSequence() {
        assertThat(Outline.of("S", "  C", "  N", "  C", "  E", "  N", "  E", "  C", "S", "  N").numbers())
                .containsExactly("1", "1.1", "NOTE 1", "1.2", "EXAMPLE 1", "NOTE 2", "EXAMPLE 2", "1.3", "2",
                        "NOTE 1");
    }

    @Test
    void topLevelNotesAndExamples_areNumberedLikeOthers() {
        assertThat(Outline.of("N", "S", "E", "N", "S").numbers())
                .containsExactly("NOTE 1", "1", "EXAMPLE 1", "NOTE 2", "2");
    }

    @Test
    void notesUnderAnAnnex_areNotes() {
        assertThat(Outline.of("A", "  N", "  C", "    N").numbers())
                .containsExactly("Annex A", "NOTE 1", "A.1", "NOTE 1");
    }

    @ParameterizedTest
    @CsvSource({"1, A", "2, B", "26, Z", "27, AA", "28, AB", "52, AZ", "53, BA", "702, ZZ", "703, AAA"})
    void annexLetters_continuePastZ(int ordinal, String letters) {
        assertThat(ClauseNumbering.letters(ordinal)).isEqualTo(letters);
    }
}
