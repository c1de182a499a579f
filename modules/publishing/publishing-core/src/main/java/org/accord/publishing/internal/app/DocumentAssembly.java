package org.accord.publishing.internal.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.publishing.internal.document.ClauseKind;
import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.StandardDocument;
import org.accord.publishing.internal.persistence.ReadModelRows;

/**
 * Builds the canonical document of a frozen version from publishing's read model, and proves it is the text drafting
 * froze: the words are hashed as drafting hashed them, and a version whose hash differs is never rendered.
 */
@ApplicationScoped
public class DocumentAssembly {

    private final ReadModelRows rows;

    DocumentAssembly(ReadModelRows rows) {
        this.rows = rows;
    }

    @Transactional
    public StandardDocument of(UUID versionId) {
        ReadModelRows.Version version = rows.version(versionId)
                .orElseThrow(() -> Refusals.unknownVersion(versionId));
        ReadModelRows.Standard standard = rows.standard(version.standardId()).orElseThrow(() -> RuleViolation
                .notFound(Text.of("publishing.unknown_standard", version.standardId().toString())));
        List<ReadModelRows.VersionClause> clauses = rows.clausesOf(versionId);
        TextCheck.requireFrozenText(version, clauses);
        return new StandardDocument(standard.id(), standard.reference(), standard.title(), standard.scope(),
                version.stage(), version.id(), version.label(), version.contentHash(), version.publishedAt(),
                tree(clauses));
    }

    /** The clauses come parents first, in reading order; each joins its parent's children in that order. */
    private static List<DocumentClause> tree(List<ReadModelRows.VersionClause> clauses) {
        Map<UUID, List<UUID>> childrenOf = new HashMap<>();
        List<UUID> top = new ArrayList<>();
        Map<UUID, ReadModelRows.VersionClause> byId = new HashMap<>();
        for (ReadModelRows.VersionClause clause : clauses) {
            byId.put(clause.clauseId(), clause);
            (clause.parentId() == null ? top : childrenOf.computeIfAbsent(clause.parentId(), id -> new ArrayList<>()))
                    .add(clause.clauseId());
        }
        return top.stream().map(id -> node(id, byId, childrenOf)).toList();
    }

    private static DocumentClause node(UUID id, Map<UUID, ReadModelRows.VersionClause> byId,
            Map<UUID, List<UUID>> childrenOf) {
        ReadModelRows.VersionClause clause = byId.get(id);
        List<DocumentClause> children = childrenOf.getOrDefault(id, List.of()).stream()
                .map(child -> node(child, byId, childrenOf)).toList();
        return new DocumentClause(id, clause.number(), ClauseKind.valueOf(clause.kind()), clause.heading(),
                clause.text(), children);
    }
}
