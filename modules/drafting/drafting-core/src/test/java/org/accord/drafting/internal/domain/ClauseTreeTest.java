package org.accord.drafting.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.accord.platform.errors.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.accord.drafting.internal.domain.ClauseKind.CLAUSE;
import static org.accord.drafting.internal.domain.ClauseKind.EXAMPLE;
import static org.accord.drafting.internal.domain.ClauseKind.NOTE;
import static org.accord.drafting.internal.domain.ClauseKind.SECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClauseTreeTest {

    // 1 S1            positions: S1 0, S2 1
    //   1.1 A         A 0, B 1 (under S1)
    //     1.1.1 A1    A1 0 (under A)
    //   1.2 B
    // 2 S2
    //   2.1 C         C 0, N 1 (under S2)
    //   NOTE 1 N
    private static final UUID S1 = id(1);
    private static final UUID S2 = id(2);
    private static final UUID A = id(3);
    private static final UUID A1 = id(4);
    private static final UUID B = id(5);
    private static final UUID C = id(6);
    private static final UUID N = id(7);

    private static final ClauseTree TREE = new ClauseTree(List.of(
            new ClauseNode(C, S2, 0, CLAUSE),
            new ClauseNode(B, S1, 1, CLAUSE),
            new ClauseNode(S2, null, 1, SECTION),
            new ClauseNode(A1, A, 0, CLAUSE),
            new ClauseNode(N, S2, 1, NOTE),
            new ClauseNode(A, S1, 0, CLAUSE),
            new ClauseNode(S1, null, 0, SECTION)));

    static UUID id(int n) {
        return new UUID(0, n);
    }

    private static void assertContiguousPositions(ClauseTree tree) {
        List<UUID> parents = new ArrayList<>(tree.documentOrder());
        parents.add(null);
        for (UUID parent : parents) {
            List<UUID> children = tree.children(parent);
            for (int i = 0; i < children.size(); i++) {
                assertThat(tree.node(children.get(i)).position()).isEqualTo(i);
                assertThat(tree.node(children.get(i)).parentId()).isEqualTo(parent);
            }
        }
    }

    private static RuleViolation violation(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("Expected a RuleViolation");
    }

    @Test
    void documentOrder_isDepthFirstWithSiblingsByPosition() {
        assertThat(TREE.documentOrder()).containsExactly(S1, A, A1, B, S2, C, N);
    }

    @Test
    void nodes_areInDocumentOrder() {
        assertThat(TREE.nodes()).extracting(ClauseNode::id).containsExactly(S1, A, A1, B, S2, C, N);
        assertThat(TREE.nodes().getFirst()).isEqualTo(new ClauseNode(S1, null, 0, SECTION));
    }

    @Test
    void emptyTree_hasNoClauses() {
        ClauseTree empty = new ClauseTree(List.of());

        assertThat(empty.documentOrder()).isEmpty();
        assertThat(empty.children(null)).isEmpty();
        assertThat(empty.numbers()).isEmpty();
    }

    @Test
    void create_withGapsInPositions_closesThemUp() {
        ClauseTree tree = new ClauseTree(List.of(
                new ClauseNode(S1, null, 10, SECTION), new ClauseNode(S2, null, 3, SECTION),
                new ClauseNode(A, S1, 7, CLAUSE)));

        assertThat(tree.documentOrder()).containsExactly(S2, S1, A);
        assertThat(tree.nodes()).extracting(ClauseNode::position).containsExactly(0, 1, 0);
    }

    @Test
    void create_withEqualPositions_keepsTheGivenOrder() {
        ClauseTree tree = new ClauseTree(List.of(new ClauseNode(S2, null, 0, SECTION),
                new ClauseNode(S1, null, 0, SECTION)));

        assertThat(tree.documentOrder()).containsExactly(S2, S1);
    }

    @Test
    void create_withRepeatedId_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClauseTree(List.of(
                new ClauseNode(S1, null, 0, SECTION), new ClauseNode(S1, null, 1, SECTION))))
                .withMessageContaining("twice");
    }

    @Test
    void create_withMissingParent_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClauseTree(List.of(new ClauseNode(A, S1, 0, CLAUSE))))
                .withMessageContaining("not in the tree");
    }

    @Test
    void create_withParentCycle_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClauseTree(List.of(
                new ClauseNode(S1, null, 0, SECTION), new ClauseNode(A, B, 0, CLAUSE),
                new ClauseNode(B, A, 0, CLAUSE))))
                .withMessageContaining("cycle");
    }

    @Test
    void depth_countsFromTheTopLevel() {
        assertThat(TREE.depth(S1)).isZero();
        assertThat(TREE.depth(A)).isEqualTo(1);
        assertThat(TREE.depth(A1)).isEqualTo(2);
    }

    @Test
    void parent_ofTopLevelClause_isEmpty() {
        assertThat(TREE.parent(S1)).isEmpty();
        assertThat(TREE.parent(A1)).contains(A);
    }

    @Test
    void children_ofNull_areTheTopLevelClauses() {
        assertThat(TREE.children(null)).containsExactly(S1, S2);
        assertThat(TREE.children(S2)).containsExactly(C, N);
        assertThat(TREE.children(A1)).isEmpty();
    }

    @Test
    void subtree_holdsTheClauseAndAllBelowIt() {
        assertThat(TREE.subtree(S1)).containsExactly(S1, A, A1, B);
        assertThat(TREE.subtree(N)).containsExactly(N);
    }

    @Test
    void lookup_ofUnknownClause_isNotFound() {
        UUID unknown = id(99);

        assertThat(List.<Runnable> of(() -> TREE.depth(unknown), () -> TREE.parent(unknown),
                () -> TREE.children(unknown), () -> TREE.subtree(unknown), () -> TREE.removed(unknown),
                () -> TREE.moved(unknown, null, 0)))
                .allSatisfy(lookup -> assertThat(violation(lookup).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
    }

    @Test
    void move_withinSameParentDownwards_shiftsSiblingsUp() {
        ClauseTree tree = new ClauseTree(IntStream.range(0, 4)
                .mapToObj(i -> new ClauseNode(id(10 + i), null, i, SECTION)).toList());

        ClauseTree moved = tree.moved(id(10), null, 2);

        assertThat(moved.documentOrder()).containsExactly(id(11), id(12), id(10), id(13));
        assertContiguousPositions(moved);
    }

    @Test
    void move_withinSameParentUpwards_shiftsSiblingsDown() {
        ClauseTree tree = new ClauseTree(IntStream.range(0, 4)
                .mapToObj(i -> new ClauseNode(id(10 + i), null, i, SECTION)).toList());

        ClauseTree moved = tree.moved(id(13), null, 1);

        assertThat(moved.documentOrder()).containsExactly(id(10), id(13), id(11), id(12));
        assertContiguousPositions(moved);
    }

    @Test
    void move_toAnotherParent_closesUpOldSiblingsAndShiftsNewOnes() {
        ClauseTree moved = TREE.moved(A, S2, 1);

        assertThat(moved.children(S1)).containsExactly(B);
        assertThat(moved.children(S2)).containsExactly(C, A, N);
        assertThat(moved.subtree(A)).containsExactly(A, A1);
        assertThat(moved.depth(A1)).isEqualTo(2);
        assertContiguousPositions(moved);
    }

    @Test
    void move_toTopLevel_makesItASiblingOfSections() {
        ClauseTree moved = TREE.moved(C, null, 0);

        assertThat(moved.children(null)).containsExactly(C, S1, S2);
        assertThat(moved.parent(C)).isEmpty();
        assertContiguousPositions(moved);
    }

    @Test
    void moveBefore_placesItJustBeforeTheNamedSibling_orAtTheEnd() {
        assertThat(TREE.movedBefore(A, S2, N).children(S2)).containsExactly(C, A, N);
        assertThat(TREE.movedBefore(A, S2, null).children(S2)).containsExactly(C, N, A);
        assertThat(TREE.movedBefore(B, S1, A).children(S1)).containsExactly(B, A);
        assertThat(TREE.movedBefore(A, S1, null).children(S1)).containsExactly(B, A);
        assertThat(TREE.movedBefore(C, null, S1).children(null)).containsExactly(C, S1, S2);
        assertContiguousPositions(TREE.movedBefore(A, S2, N));
    }

    @Test
    void moveBefore_aClauseNotUnderTheParent_orItself_isRejected() {
        assertThat(List.of(violation(() -> TREE.movedBefore(A, S2, B)), violation(() -> TREE.movedBefore(A, S1, A)),
                violation(() -> TREE.movedBefore(A, S1, id(99))), violation(() -> TREE.movedBefore(C, null, A))))
                .allSatisfy(violation -> {
                    assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.INVALID);
                    assertThat(violation.field()).isEqualTo("beforeId");
                });
        assertThat(violation(() -> TREE.movedBefore(S1, A, A1)).field()).isEqualTo("parentId");
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, -1, 2, 3, 100, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void move_toPositionOutsideSiblings_isClamped(int position) {
        ClauseTree moved = TREE.moved(B, S2, position);

        List<UUID> expected = position < 0 ? List.of(B, C, N) : List.of(C, N, B);
        assertThat(moved.children(S2)).containsExactlyElementsOf(expected);
        assertContiguousPositions(moved);
    }

    @Test
    void move_leavesTheOriginalTreeUntouched() {
        TREE.moved(A, S2, 0);

        assertThat(TREE.documentOrder()).containsExactly(S1, A, A1, B, S2, C, N);
    }

    @Test
    void move_toSamePlace_givesAnEqualTree() {
        assertThat(TREE.moved(A, S1, 0)).isEqualTo(TREE);
    }

    @Test
    void move_underItself_isRejected() {
        RuleViolation violation = violation(() -> TREE.moved(A, A, 0));

        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.INVALID);
        assertThat(violation.field()).isEqualTo("parentId");
        assertThat(violation).hasMessage("A clause cannot move under itself or one of its own subclauses.");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4})
    void move_underOwnDescendant_isRejected(int descendant) {
        RuleViolation violation = violation(() -> TREE.moved(S1, id(descendant), 0));

        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.INVALID);
        assertThat(violation).hasMessage("A clause cannot move under itself or one of its own subclauses.");
    }

    @Test
    void move_underANote_isRejected() {
        RuleViolation violation = violation(() -> TREE.moved(B, N, 0));

        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.INVALID);
        assertThat(violation.field()).isEqualTo("parentId");
        assertThat(violation).hasMessage("Notes and examples cannot contain other clauses.");
    }

    @Test
    void move_underUnknownParent_isNotFound() {
        assertThat(violation(() -> TREE.moved(B, id(99), 0)).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
    }

    @Test
    void add_atPosition_shiftsLaterSiblings() {
        UUID added = id(20);

        ClauseTree tree = TREE.added(new ClauseNode(added, S1, 1, CLAUSE));

        assertThat(tree.children(S1)).containsExactly(A, added, B);
        assertThat(tree.documentOrder()).containsExactly(S1, A, A1, added, B, S2, C, N);
        assertContiguousPositions(tree);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 2, 50})
    void add_atPositionOutsideSiblings_isClamped(int position) {
        UUID added = id(20);

        ClauseTree tree = TREE.added(new ClauseNode(added, S1, position, CLAUSE));

        assertThat(tree.children(S1)).containsExactlyElementsOf(position < 0
                ? List.of(added, A, B)
                : List.of(A, B, added));
        assertContiguousPositions(tree);
    }

    @Test
    void add_underLeaf_startsItsChildren() {
        UUID added = id(20);

        ClauseTree tree = TREE.added(new ClauseNode(added, A1, 5, CLAUSE));

        assertThat(tree.children(A1)).containsExactly(added);
        assertThat(tree.node(added).position()).isZero();
        assertThat(tree.depth(added)).isEqualTo(3);
    }

    @Test
    void add_atTopLevel_withEmptyTree_works() {
        ClauseTree tree = new ClauseTree(List.of()).added(new ClauseNode(S1, null, 3, SECTION));

        assertThat(tree.nodes()).containsExactly(new ClauseNode(S1, null, 0, SECTION));
    }

    @ParameterizedTest
    @EnumSource(value = ClauseKind.class, names = {"NOTE", "EXAMPLE"})
    void add_underNoteOrExample_isRejected(ClauseKind kind) {
        ClauseTree tree = TREE.added(new ClauseNode(id(30), S1, 0, kind));

        RuleViolation violation = violation(() -> tree.added(new ClauseNode(id(31), id(30), 0, CLAUSE)));

        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.INVALID);
        assertThat(violation).hasMessage("Notes and examples cannot contain other clauses.");
    }

    @Test
    void add_withExistingId_isAConflict() {
        assertThat(violation(() -> TREE.added(new ClauseNode(A, S2, 0, CLAUSE))).kind())
                .isEqualTo(RuleViolation.Kind.CONFLICT);
    }

    @Test
    void add_underUnknownParent_isNotFound() {
        assertThat(violation(() -> TREE.added(new ClauseNode(id(20), id(99), 0, CLAUSE))).kind())
                .isEqualTo(RuleViolation.Kind.NOT_FOUND);
    }

    @Test
    void remove_takesTheWholeSubtreeAndClosesUpSiblings() {
        ClauseTree tree = TREE.removed(A);

        assertThat(tree.documentOrder()).containsExactly(S1, B, S2, C, N);
        assertThat(tree.node(B).position()).isZero();
        assertThat(tree.contains(A1)).isFalse();
        assertContiguousPositions(tree);
    }

    @Test
    void remove_topLevelSection_leavesTheOtherSections() {
        ClauseTree tree = TREE.removed(S1);

        assertThat(tree.documentOrder()).containsExactly(S2, C, N);
        assertThat(tree.node(S2).position()).isZero();
    }

    @Test
    void remove_lastClause_leavesAnEmptyTree() {
        ClauseTree tree = new ClauseTree(List.of(new ClauseNode(S1, null, 0, SECTION))).removed(S1);

        assertThat(tree.size()).isZero();
    }

    @Test
    void numbers_followTheNumberingRulesAfterAMove() {
        Map<UUID, String> numbers = TREE.moved(N, S1, 1).numbers();

        assertThat(numbers).containsExactly(Map.entry(S1, "1"), Map.entry(A, "1.1"), Map.entry(A1, "1.1.1"),
                Map.entry(N, "NOTE 1"), Map.entry(B, "1.2"), Map.entry(S2, "2"), Map.entry(C, "2.1"));
    }

    @Test
    void manyClauses_deeplyNested_doNotOverflowTheStack() {
        List<ClauseNode> chain = new ArrayList<>();
        chain.add(new ClauseNode(id(1_000), null, 0, SECTION));
        for (int i = 1; i < 20_000; i++) {
            chain.add(new ClauseNode(id(1_000 + i), id(999 + i), 0, CLAUSE));
        }

        ClauseTree tree = new ClauseTree(chain);

        assertThat(tree.depth(id(20_999))).isEqualTo(19_999);
        assertThat(tree.removed(id(1_001)).size()).isEqualTo(1);
    }

    @Test
    void kinds_notesAndExamplesAloneCannotContainClauses() {
        assertThat(ClauseKind.values()).filteredOn(kind -> !kind.mayContainClauses()).containsExactly(NOTE, EXAMPLE);
    }

    @Test
    void clauseNode_withoutKind_isRejected() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> new ClauseNode(S1, null, 0, null));
    }
}
