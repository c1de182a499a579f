package org.accord.drafting.internal.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accord.drafting.internal.domain.ClauseNode;
import org.accord.drafting.internal.domain.ClauseTree;
import org.accord.drafting.internal.domain.VersionEntry;
import org.accord.drafting.internal.persistence.ClauseEntity;
import org.accord.drafting.internal.persistence.ClauseRevisionEntity;
import org.accord.drafting.internal.persistence.DraftingRepositories;

/**
 * A standard's clauses as they stand now: the tree and each clause's current revision, read together in one query (or
 * the tree alone).
 */
record CurrentText(Map<UUID, ClauseEntity> clauses, ClauseTree tree, Map<UUID, ClauseRevisionEntity> revisions) {

    static CurrentText load(UUID standardId, DraftingRepositories.Clauses clauses) {
        Map<UUID, ClauseEntity> current = new HashMap<>();
        Map<UUID, ClauseRevisionEntity> texts = new HashMap<>();
        for (DraftingRepositories.CurrentClause row : clauses.currentWithRevisions(standardId)) {
            current.put(row.clause().id, row.clause());
            texts.put(row.clause().id, row.revision());
        }
        return new CurrentText(current, tree(current.values()), texts);
    }

    /** The tree alone, for edits that move clauses but never read their text. */
    static CurrentText structure(UUID standardId, DraftingRepositories.Clauses clauses) {
        Map<UUID, ClauseEntity> current = clauses.current(standardId).stream()
                .collect(Collectors.toMap(clause -> clause.id, Function.identity()));
        return new CurrentText(current, tree(current.values()), Map.of());
    }

    static ClauseTree tree(java.util.Collection<ClauseEntity> clauses) {
        List<ClauseNode> nodes = clauses.stream()
                .map(clause -> new ClauseNode(clause.id, clause.parentId, clause.position, clause.kind)).toList();
        return new ClauseTree(nodes);
    }

    /** The clauses in document order with their numbers and current text, as a draft version freezes them. */
    List<VersionEntry> entries() {
        Map<UUID, String> numbers = tree.numbers();
        List<VersionEntry> entries = new java.util.ArrayList<>();
        for (ClauseNode node : tree.nodes()) {
            ClauseRevisionEntity revision = revisions.get(node.id());
            entries.add(new VersionEntry(node.id(), revision.id, node.parentId(), node.position(), node.kind(),
                    numbers.get(node.id()), revision.heading, revision.text));
        }
        return entries;
    }

    /** Writes the positions and parents of a changed tree back to the clause rows that differ. */
    void apply(ClauseTree changed) {
        for (ClauseNode node : changed.nodes()) {
            ClauseEntity clause = clauses.get(node.id());
            if (clause != null && (clause.position != node.position()
                    || !java.util.Objects.equals(clause.parentId, node.parentId()))) {
                clause.position = node.position();
                clause.parentId = node.parentId();
            }
        }
    }
}
