package org.accord.drafting.internal.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/**
 * The outline of one standard: which clause sits under which, and in what order. Immutable; every change returns a new
 * tree whose sibling positions are again 0..n-1 without gaps, so callers can store {@link #nodes()} as they are and
 * update only the rows that differ.
 */
public final class ClauseTree {

    /** Children lists keyed by parent id; top-level clauses sit under the null key. */
    private final Map<UUID, List<UUID>> childrenByParent;
    private final Map<UUID, ClauseNode> nodesById;
    private final Map<UUID, Integer> depths;
    private final List<ClauseNode> nodesInOrder;
    private final List<UUID> documentOrder;

    /**
     * Builds the tree from stored nodes. Positions only need to order siblings; gaps and duplicates are allowed (ties
     * keep the order of {@code nodes}) and are closed up in the result.
     *
     * @throws IllegalArgumentException
     *             when ids repeat, a parent is missing or parents form a cycle, which means the stored data is broken
     *             rather than that a person asked for something invalid
     */
    public ClauseTree(List<ClauseNode> nodes) {
        Objects.requireNonNull(nodes, "nodes");
        Map<UUID, ClauseNode> given = new HashMap<>();
        for (ClauseNode node : nodes) {
            Objects.requireNonNull(node, "A clause tree cannot hold a null node");
            if (given.putIfAbsent(node.id(), node) != null) {
                throw new IllegalArgumentException("Clause " + node.id() + " appears twice in the tree");
            }
        }
        Map<UUID, List<ClauseNode>> groups = new HashMap<>();
        for (ClauseNode node : nodes) {
            if (node.parentId() != null && !given.containsKey(node.parentId())) {
                throw new IllegalArgumentException(
                        "Clause " + node.id() + " refers to parent " + node.parentId() + ", which is not in the tree");
            }
            groups.computeIfAbsent(node.parentId(), parent -> new ArrayList<>()).add(node);
        }
        this.childrenByParent = new HashMap<>();
        this.nodesById = new HashMap<>();
        groups.forEach((parentId, siblings) -> {
            siblings.sort(Comparator.comparingInt(ClauseNode::position));
            List<UUID> ids = new ArrayList<>(siblings.size());
            for (ClauseNode sibling : siblings) {
                nodesById.put(sibling.id(), new ClauseNode(sibling.id(), parentId, ids.size(), sibling.kind()));
                ids.add(sibling.id());
            }
            childrenByParent.put(parentId, Collections.unmodifiableList(ids));
        });
        this.depths = new HashMap<>();
        this.documentOrder = walkDepthFirst();
        if (documentOrder.size() != nodesById.size()) {
            Set<UUID> unreachable = new LinkedHashSet<>(nodesById.keySet());
            documentOrder.forEach(unreachable::remove);
            throw new IllegalArgumentException("The parents of clauses " + unreachable + " form a cycle");
        }
        this.nodesInOrder = documentOrder.stream().map(nodesById::get).toList();
    }

    /** Fills {@link #depths} on the way; iterative so that very deep outlines cannot overflow the stack. */
    private List<UUID> walkDepthFirst() {
        List<UUID> order = new ArrayList<>(nodesById.size());
        Deque<UUID> pending = new ArrayDeque<>();
        pushReversed(pending, childrenByParent.getOrDefault(null, List.of()));
        while (!pending.isEmpty()) {
            UUID id = pending.pop();
            UUID parentId = nodesById.get(id).parentId();
            depths.put(id, parentId == null ? 0 : depths.get(parentId) + 1);
            order.add(id);
            pushReversed(pending, childrenByParent.getOrDefault(id, List.of()));
        }
        return List.copyOf(order);
    }

    private static void pushReversed(Deque<UUID> pending, List<UUID> ids) {
        for (int i = ids.size() - 1; i >= 0; i--) {
            pending.push(ids.get(i));
        }
    }

    /** All clause ids depth-first, siblings by position. */
    public List<UUID> documentOrder() {
        return documentOrder;
    }

    /** All nodes in document order, positions 0..n-1 within each parent. */
    public List<ClauseNode> nodes() {
        return nodesInOrder;
    }

    public int size() {
        return nodesById.size();
    }

    public boolean contains(UUID id) {
        return id != null && nodesById.containsKey(id);
    }

    public ClauseNode node(UUID id) {
        return existing(id);
    }

    /** 0 for a top-level clause. */
    public int depth(UUID id) {
        existing(id);
        return depths.get(id);
    }

    /** Empty for a top-level clause. */
    public Optional<UUID> parent(UUID id) {
        return Optional.ofNullable(existing(id).parentId());
    }

    /** The direct children in order; {@code parentId} null gives the top-level clauses. */
    public List<UUID> children(UUID parentId) {
        if (parentId != null) {
            existing(parentId);
        }
        return childrenByParent.getOrDefault(parentId, List.of());
    }

    /** The clause itself and everything below it, in document order. */
    public Set<UUID> subtree(UUID id) {
        existing(id);
        Set<UUID> found = new LinkedHashSet<>();
        Deque<UUID> pending = new ArrayDeque<>();
        pending.push(id);
        while (!pending.isEmpty()) {
            UUID current = pending.pop();
            found.add(current);
            pushReversed(pending, childrenByParent.getOrDefault(current, List.of()));
        }
        return Collections.unmodifiableSet(found);
    }

    /** The displayed number of every clause, in document order. */
    public Map<UUID, String> numbers() {
        return ClauseNumbering.of(this);
    }

    /**
     * The tree after moving a clause, with its subtree, to {@code newPosition} among the children of
     * {@code newParentId} (null for the top level). The position is clamped to the sibling list.
     */
    public ClauseTree moved(UUID clauseId, UUID newParentId, int newPosition) {
        ClauseNode clause = existing(clauseId);
        requireAllowedParent(newParentId, clauseId);
        Map<UUID, List<UUID>> layout = editableLayout();
        layout.get(clause.parentId()).remove(clauseId);
        insert(layout, newParentId, clauseId, newPosition);
        return rebuilt(layout, Map.of());
    }

    /**
     * The tree after moving a clause, with its subtree, under {@code newParentId} (null for the top level), just before
     * {@code beforeId}, one of that parent's children, or at the end when {@code beforeId} is null.
     */
    public ClauseTree movedBefore(UUID clauseId, UUID newParentId, UUID beforeId) {
        if (beforeId == null) {
            return moved(clauseId, newParentId, Integer.MAX_VALUE);
        }
        if (beforeId.equals(clauseId)) {
            throw RuleViolation.invalid("beforeId", Text.of("drafting.before_itself"));
        }
        if (!contains(beforeId) || !Objects.equals(node(beforeId).parentId(), newParentId)) {
            throw RuleViolation.invalid("beforeId", Text.of("drafting.before_not_sibling"));
        }
        List<UUID> siblings = new ArrayList<>(children(newParentId));
        siblings.remove(clauseId);
        return moved(clauseId, newParentId, siblings.indexOf(beforeId));
    }

    /** The tree with a new clause inserted at {@code node.position()} among its siblings, clamped. */
    public ClauseTree added(ClauseNode node) {
        Objects.requireNonNull(node, "node");
        if (nodesById.containsKey(node.id())) {
            throw RuleViolation.conflict("id", Text.of("drafting.clause_id_taken"));
        }
        requireAllowedParent(node.parentId(), node.id());
        Map<UUID, List<UUID>> layout = editableLayout();
        insert(layout, node.parentId(), node.id(), node.position());
        return rebuilt(layout, Map.of(node.id(), node.kind()));
    }

    /** The tree without the clause and its whole subtree; the remaining siblings close up. */
    public ClauseTree removed(UUID clauseId) {
        ClauseNode clause = existing(clauseId);
        Set<UUID> gone = subtree(clauseId);
        Map<UUID, List<UUID>> layout = editableLayout();
        layout.get(clause.parentId()).remove(clauseId);
        gone.forEach(layout::remove);
        return rebuilt(layout, Map.of());
    }

    private void requireAllowedParent(UUID newParentId, UUID clauseId) {
        if (newParentId == null) {
            return;
        }
        if (newParentId.equals(clauseId) || isAncestorOf(clauseId, newParentId)) {
            throw RuleViolation.invalid("parentId", Text.of("drafting.under_itself"));
        }
        ClauseNode parent = nodesById.get(newParentId);
        if (parent == null) {
            throw RuleViolation.notFound(Text.of("drafting.no_parent", newParentId));
        }
        if (!parent.kind().mayContainClauses()) {
            throw RuleViolation.invalid("parentId", Text.of("drafting.annotations_hold_no_clauses"));
        }
    }

    private boolean isAncestorOf(UUID candidate, UUID id) {
        ClauseNode current = nodesById.get(id);
        while (current != null && current.parentId() != null) {
            if (current.parentId().equals(candidate)) {
                return true;
            }
            current = nodesById.get(current.parentId());
        }
        return false;
    }

    private ClauseNode existing(UUID id) {
        ClauseNode node = id == null ? null : nodesById.get(id);
        if (node == null) {
            throw RuleViolation.notFound(Text.of("drafting.no_clause_in_tree", id));
        }
        return node;
    }

    private Map<UUID, List<UUID>> editableLayout() {
        Map<UUID, List<UUID>> layout = new HashMap<>();
        layout.put(null, new ArrayList<>());
        childrenByParent.forEach((parentId, ids) -> layout.put(parentId, new ArrayList<>(ids)));
        return layout;
    }

    private static void insert(Map<UUID, List<UUID>> layout, UUID parentId, UUID clauseId, int position) {
        List<UUID> siblings = layout.computeIfAbsent(parentId, parent -> new ArrayList<>());
        siblings.add(Math.clamp(position, 0, siblings.size()), clauseId);
    }

    private ClauseTree rebuilt(Map<UUID, List<UUID>> layout, Map<UUID, ClauseKind> newKinds) {
        List<ClauseNode> nodes = new ArrayList<>();
        layout.forEach((parentId, ids) -> {
            for (int position = 0; position < ids.size(); position++) {
                UUID id = ids.get(position);
                ClauseNode old = nodesById.get(id);
                ClauseKind kind = old != null ? old.kind() : newKinds.get(id);
                nodes.add(new ClauseNode(id, parentId, position, kind));
            }
        });
        return new ClauseTree(nodes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClauseTree tree && nodesInOrder.equals(tree.nodesInOrder);
    }

    @Override
    public int hashCode() {
        return nodesInOrder.hashCode();
    }

    @Override
    public String toString() {
        return "ClauseTree" + nodesInOrder;
    }
}
