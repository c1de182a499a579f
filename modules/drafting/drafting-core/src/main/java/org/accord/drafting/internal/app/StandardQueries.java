package org.accord.drafting.internal.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.drafting.internal.app.DraftingViews.AcceptedSuggestion;
import org.accord.drafting.internal.app.DraftingViews.ClauseDetail;
import org.accord.drafting.internal.app.DraftingViews.ClauseView;
import org.accord.drafting.internal.app.DraftingViews.HistoryEntry;
import org.accord.drafting.internal.app.DraftingViews.RevisionView;
import org.accord.drafting.internal.app.DraftingViews.StandardSummary;
import org.accord.drafting.internal.app.DraftingViews.StandardView;
import org.accord.drafting.internal.app.DraftingViews.SuggestionView;
import org.accord.drafting.internal.app.DraftingViews.VersionSummary;
import org.accord.drafting.internal.app.DraftingViews.VersionView;
import org.accord.drafting.internal.domain.ClauseNode;
import org.accord.drafting.internal.domain.ClauseTree;
import org.accord.drafting.internal.domain.MarkdownExport;
import org.accord.drafting.internal.domain.Stage;
import org.accord.drafting.internal.domain.StageMachine;
import org.accord.drafting.internal.domain.VersionEntry;
import org.accord.drafting.internal.persistence.ClauseRevisionEntity;
import org.accord.drafting.internal.persistence.DraftVersionEntity;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.drafting.internal.persistence.StandardChangeEntity;
import org.accord.drafting.internal.persistence.StandardEntity;
import org.accord.drafting.internal.persistence.SuggestionEntity;
import org.accord.drafting.internal.persistence.VersionEntries;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.text.SafeMarkdown;
import org.accord.platform.web.PageRequest;
import org.accord.platform.web.Slice;

/** Read side of drafting. A standard page costs a fixed number of queries, whatever its number of clauses. */
@ApplicationScoped
@Transactional
public class StandardQueries {

    private final StandardAccess access;
    private final DraftingRepositories.Standards standards;
    private final DraftingRepositories.Clauses clauses;
    private final DraftingRepositories.Revisions revisions;
    private final DraftingRepositories.Versions versions;
    private final DraftingRepositories.Suggestions suggestions;
    private final DraftingRepositories.Changes changes;
    private final VersionEntries entries;
    private final DraftingRepositories.VersionBallots versionBallots;
    private final DraftingRepositories.BallotResults ballots;

    StandardQueries(StandardAccess access, DraftingRepositories.Standards standards,
            DraftingRepositories.Clauses clauses, DraftingRepositories.Revisions revisions,
            DraftingRepositories.Versions versions, DraftingRepositories.Suggestions suggestions,
            DraftingRepositories.Changes changes, VersionEntries entries,
            DraftingRepositories.VersionBallots versionBallots,
            DraftingRepositories.BallotResults ballots) {
        this.versionBallots = versionBallots;
        this.ballots = ballots;
        this.access = access;
        this.standards = standards;
        this.clauses = clauses;
        this.revisions = revisions;
        this.versions = versions;
        this.suggestions = suggestions;
        this.changes = changes;
        this.entries = entries;
    }

    public List<StandardSummary> list() {
        return standards.ordered().stream().map(this::summary).toList();
    }

    public Slice<StandardSummary> list(PageRequest page) {
        return Slice.of(standards.ordered(page), page, DraftingRepositories.Standards::keyOf).map(this::summary);
    }

    private StandardSummary summary(StandardEntity standard) {
        return new StandardSummary(standard.id, standard.reference, standard.title, standard.stage,
                versions.latest(standard.id).map(v -> v.label).orElse(null));
    }

    public StandardView standard(UUID standardId, Actor actor) {
        StandardEntity standard = access.standard(standardId);
        CurrentText current = CurrentText.load(standardId, clauses);
        List<VersionSummary> versionList = versionSummaries(standardId);
        Optional<VersionSummary> latest = versionList.stream().findFirst();
        String frozenBy = versionBallots.freezing(standardId).orElse(null);
        List<Stage> next = StageMachine.nextFor(standard.stage, actor.roles(), StandardAccess.isEditor(standard,
                actor));
        List<String> carrying = latest.filter(version -> next.stream().anyMatch(StageMachine::needsBallot))
                .map(version -> ballots.unusedPassed(version.id()).stream().map(ballot -> ballot.ballotId).toList())
                .orElse(List.of());
        return new StandardView(standard.id, standard.reference, standard.title, standard.scope, standard.stage,
                StandardAccess.editors(standard), next, versionList, views(current),
                VersionEntry.contentHash(current.entries()),
                StandardAccess.isEditor(standard, actor) && StandardAccess.textOpen(standard) && frozenBy == null,
                frozenBy, carrying);
    }

    private List<VersionSummary> versionSummaries(UUID standardId) {
        return versions.of(standardId).stream().map(StandardQueries::versionSummary).toList();
    }

    public Slice<VersionSummary> versionSummaries(UUID standardId, PageRequest page) {
        access.standard(standardId);
        return Slice.of(versions.of(standardId, page), page, DraftingRepositories.Versions::keyOf)
                .map(StandardQueries::versionSummary);
    }

    private static VersionSummary versionSummary(DraftVersionEntity v) {
        return new VersionSummary(v.id, v.label, v.stage, v.publishedAt, v.publishedBy, v.contentHash);
    }

    public ClauseDetail clause(UUID standardId, UUID clauseId) {
        access.standard(standardId);
        CurrentText current = CurrentText.load(standardId, clauses);
        if (!current.clauses().containsKey(clauseId)) {
            throw RuleViolation.notFound(Text.of("drafting.no_clause", clauseId));
        }
        ClauseView view = views(current).stream().filter(c -> c.id().equals(clauseId)).findFirst().orElseThrow();
        List<ClauseRevisionEntity> history = revisions.history(clauseId);
        List<SuggestionEntity> made = suggestions.of(standardId).stream().filter(s -> s.clauseId.equals(clauseId))
                .toList();
        Map<UUID, AcceptedSuggestion> accepted = accepted(made, history);
        return new ClauseDetail(view, history.stream().map(r -> revision(r, accepted.get(r.id))).toList(),
                made.stream().map(s -> suggestion(s, view.heading())).toList(),
                changes.ofClause(clauseId).stream().map(StandardQueries::historyEntry).toList());
    }

    /** The suggestions these revisions of one clause accept, by revision id. */
    private static Map<UUID, AcceptedSuggestion> accepted(List<SuggestionEntity> suggestionsOfClause,
            List<ClauseRevisionEntity> revisionsOfClause) {
        Map<UUID, Integer> numbers = revisionsOfClause.stream().collect(Collectors.toMap(r -> r.id, r -> r.number));
        return suggestionsOfClause.stream().filter(s -> s.revisionId != null && numbers.containsKey(s.baseRevisionId))
                .collect(Collectors.toMap(s -> s.revisionId, s -> new AcceptedSuggestion(s.id, s.author,
                        numbers.get(s.baseRevisionId))));
    }

    /** A revision by number, for comparing texts: without the suggestion it may accept. */
    public RevisionView revision(UUID standardId, UUID clauseId, int number) {
        return revision(revisions.byNumber(clauseId, number).filter(r -> r.standardId.equals(standardId))
                .orElseThrow(() -> RuleViolation.notFound(Text.of("drafting.no_revision", clauseId,
                        String.valueOf(number)))),
                null);
    }

    public SuggestionView suggestion(UUID standardId, UUID suggestionId) {
        Map<UUID, String> headings = currentHeadings(standardId);
        return suggestions.findByIdOptional(suggestionId).filter(s -> s.standardId.equals(standardId))
                .map(s -> suggestion(s, headings))
                .orElseThrow(() -> RuleViolation.notFound(Text.of("drafting.no_suggestion_here", suggestionId)));
    }

    public Slice<SuggestionView> suggestions(UUID standardId, PageRequest page) {
        Map<UUID, String> headings = currentHeadings(standardId);
        return Slice.of(suggestions.of(standardId, page), page, DraftingRepositories.Suggestions::keyOf)
                .map(s -> suggestion(s, headings));
    }

    private Map<UUID, String> currentHeadings(UUID standardId) {
        access.standard(standardId);
        return revisions.current(standardId).stream().collect(Collectors.toMap(r -> r.clauseId, r -> r.heading));
    }

    public VersionView version(UUID standardId, UUID versionId) {
        DraftVersionEntity version = versionOf(standardId, versionId);
        List<VersionEntry> frozen = entries.of(versionId);
        Map<UUID, Integer> depths = depths(frozen);
        List<ClauseView> views = frozen.stream().map(entry -> new ClauseView(entry.clauseId(), entry.parentId(),
                entry.position(), entry.number(), depths.get(entry.clauseId()), entry.kind(), entry.heading(),
                entry.text(), SafeMarkdown.toHtml(entry.text()), entry.revisionId(), 0)).toList();
        return new VersionView(version.id, version.label, version.stage, version.publishedAt, version.publishedBy,
                version.contentHash,
                views);
    }

    /** The frozen clauses of a version of this standard, in document order. */
    public List<VersionEntry> versionEntries(UUID standardId, UUID versionId) {
        versionOf(standardId, versionId);
        return entries.of(versionId);
    }

    public String exportMarkdown(UUID standardId, UUID versionId) {
        StandardEntity standard = access.standard(standardId);
        DraftVersionEntity version = versionOf(standardId, versionId);
        List<VersionEntry> frozen = entries.of(versionId);
        return MarkdownExport.export(standard.reference, standard.title, standard.scope, version.label, frozen);
    }

    public List<HistoryEntry> history(UUID standardId) {
        access.standard(standardId);
        return changes.of(standardId).stream().map(StandardQueries::historyEntry).toList();
    }

    public Slice<HistoryEntry> history(UUID standardId, PageRequest page) {
        access.standard(standardId);
        return Slice.of(changes.of(standardId, page), page, DraftingRepositories.Changes::keyOf)
                .map(StandardQueries::historyEntry);
    }

    private DraftVersionEntity versionOf(UUID standardId, UUID versionId) {
        return versions.findByIdOptional(versionId).filter(v -> v.standardId.equals(standardId))
                .orElseThrow(() -> RuleViolation.notFound(Text.of("drafting.no_version_here", versionId)));
    }

    private static List<ClauseView> views(CurrentText current) {
        ClauseTree tree = current.tree();
        Map<UUID, String> numbers = tree.numbers();
        List<ClauseView> views = new ArrayList<>(current.clauses().size());
        for (ClauseNode node : tree.nodes()) {
            ClauseRevisionEntity revision = current.revisions().get(node.id());
            views.add(new ClauseView(node.id(), node.parentId(), node.position(), numbers.get(node.id()),
                    tree.depth(node.id()), node.kind(), revision.heading, revision.text,
                    SafeMarkdown.toHtml(revision.text), revision.id, revision.number));
        }
        return views;
    }

    private static Map<UUID, Integer> depths(List<VersionEntry> frozen) {
        Map<UUID, Integer> depths = new HashMap<>();
        for (VersionEntry entry : frozen) {
            depths.put(entry.clauseId(), entry.parentId() == null ? 0 : depths.getOrDefault(entry.parentId(), 0) + 1);
        }
        return depths;
    }

    private static RevisionView revision(ClauseRevisionEntity r, AcceptedSuggestion accepted) {
        return new RevisionView(r.id, r.number, r.heading, r.text, r.rationale, r.author, r.createdAt,
                r.suggestionId, r.answersComments == null ? List.of() : List.of(r.answersComments), accepted);
    }

    private static HistoryEntry historyEntry(StandardChangeEntity c) {
        return new HistoryEntry(c.clauseId, c.kind, c.params, c.actor, c.at, c.reason);
    }

    private static SuggestionView suggestion(SuggestionEntity s, Map<UUID, String> headings) {
        return suggestion(s, headings.get(s.clauseId));
    }

    private static SuggestionView suggestion(SuggestionEntity s, String clauseHeading) {
        return new SuggestionView(s.id, s.clauseId, clauseHeading, s.heading, s.text, s.reason, s.author,
                s.createdAt, s.status.name(), s.decidedBy, s.decisionReason);
    }
}
