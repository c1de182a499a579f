package org.accord.drafting.internal.app;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.internal.domain.HistoryLine;
import org.accord.drafting.internal.domain.VersionEntry;
import org.accord.drafting.internal.persistence.DraftVersionEntity;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.drafting.internal.persistence.StandardEntity;
import org.accord.drafting.internal.persistence.VersionEntries;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** Freezes the current text as a draft version ("WD 3"), so everyone discusses the same words. */
@ApplicationScoped
@RefusesCollisions
public class VersionPublishing {

    private final StandardAccess access;
    private final DraftingRepositories.Clauses clauses;
    private final DraftingRepositories.Versions versions;
    private final VersionEntries entries;
    private final DraftingHistory history;

    VersionPublishing(StandardAccess access, DraftingRepositories.Clauses clauses,
            DraftingRepositories.Versions versions, VersionEntries entries,
            DraftingHistory history) {
        this.access = access;
        this.clauses = clauses;
        this.versions = versions;
        this.entries = entries;
        this.history = history;
    }

    @Transactional
    public UUID publish(Actor actor, UUID standardId) {
        StandardEntity standard = access.forStructure(standardId, actor);
        String prefix = standard.stage.versionPrefix().orElseThrow(() -> RuleViolation.conflict("stage",
                Text.of("drafting.no_versions_once", StandardAccess.closedState(standard.stage))));
        CurrentText current = CurrentText.load(standardId, clauses);
        if (current.clauses().isEmpty()) {
            throw RuleViolation.conflict("clauses", Text.of("drafting.clauses_before_version"));
        }
        List<VersionEntry> frozen = current.entries();
        DraftVersionEntity version = new DraftVersionEntity();
        version.id = UUID.randomUUID();
        version.standardId = standardId;
        version.label = prefix + " " + (versions.countWithPrefix(standardId, prefix) + 1);
        version.stage = standard.stage;
        version.publishedAt = Instant.now();
        version.publishedBy = actor.username();
        version.contentHash = VersionEntry.contentHash(frozen);
        versions.persist(version);
        versions.flush();
        entries.insert(version.id, frozen);
        history.record(new DraftVersionPublished(standardId.toString(), version.id.toString(), version.label,
                standard.stage.name(),
                frozen.stream().map(entry -> new DraftVersionPublished.FrozenClause(entry.clauseId().toString(),
                        entry.revisionId().toString(), entry.parentId() == null ? null : entry.parentId().toString(),
                        entry.position(), entry.kind().name(), entry.number())).toList(),
                version.contentHash, actor.username(), version.publishedAt), null,
                HistoryLine.versionPublished(version.label, frozen.size()), null);
        return version.id;
    }
}
