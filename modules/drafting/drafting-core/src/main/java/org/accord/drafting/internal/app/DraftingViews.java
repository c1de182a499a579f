package org.accord.drafting.internal.app;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.accord.drafting.internal.domain.ClauseKind;
import org.accord.drafting.internal.domain.Stage;

/** What the pages and the API show of standards; plain records, already numbered and rendered. */
public final class DraftingViews {

    private DraftingViews() {
    }

    public record StandardSummary(UUID id, String reference, String title, Stage stage, String latestVersion) {
    }

    /** {@code contentHash}: SHA-256 of the version's canonical text, which ballots and approvals name. */
    public record VersionSummary(UUID id, String label, Stage stage, Instant publishedAt, String publishedBy,
            String contentHash) {
    }

    /** {@code html} is the sanitised rendering of the Markdown {@code text}. */
    public record ClauseView(UUID id, UUID parentId, int position, String number, int depth, ClauseKind kind,
            String heading, String text, String html, UUID revisionId, int revisionNumber) {
    }

    /**
     * {@code contentHash} is the SHA-256 of the text as it stands now, to compare with a version's; {@code frozenBy}
     * names the ballot open on the latest version, which freezes the text, or is null; {@code carryingBallots} are the
     * passed ballots on the latest version that can still carry a stage change.
     */
    public record StandardView(UUID id, String reference, String title, String scope, Stage stage,
            List<String> editors, List<Stage> nextStages, List<VersionSummary> versions, List<ClauseView> clauses,
            String contentHash, boolean editable, String frozenBy, List<String> carryingBallots) {
    }

    /** {@code answersComments}: the review comments the revision says it answers, by id. */
    public record RevisionView(UUID id, int number, String heading, String text, String rationale, String author,
            Instant createdAt, UUID suggestionId, List<UUID> answersComments) {
    }

    public record SuggestionView(UUID id, UUID clauseId, String clauseHeading, String heading, String text,
            String reason, String author, Instant createdAt, String status, String decidedBy, String decisionReason) {
    }

    public record ClauseDetail(ClauseView clause, List<RevisionView> revisions, List<SuggestionView> suggestions,
            List<HistoryEntry> history) {
    }

    public record RevisionDiff(int from, int to, String headingRedline, String textRedline) {
    }

    public record VersionView(UUID id, String label, Stage stage, Instant publishedAt, String publishedBy,
            String contentHash, List<ClauseView> clauses) {
    }

    public record HistoryEntry(UUID clauseId, String summary, String actor, Instant at, String reason) {
    }
}
