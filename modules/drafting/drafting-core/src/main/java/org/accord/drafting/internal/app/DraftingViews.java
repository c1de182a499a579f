package org.accord.drafting.internal.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.drafting.internal.domain.ClauseKind;
import org.accord.drafting.internal.domain.HistoryLine;
import org.accord.drafting.internal.domain.Stage;
import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.i18n.Text;

import com.fasterxml.jackson.annotation.JsonProperty;

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

    /**
     * {@code answersComments}: the review comments the revision says it answers, by id; {@code accepted}: the
     * suggestion the revision accepts, or null, and then {@code rationale} is the accepting editor's reason.
     */
    public record RevisionView(UUID id, int number, String heading, String text, String rationale, String author,
            Instant createdAt, UUID suggestionId, List<UUID> answersComments, AcceptedSuggestion accepted) {

        /** How the revision came from a suggestion, in words; null for a revision an editor wrote. */
        public Text acceptance() {
            if (accepted == null) {
                return null;
            }
            return accepted.madeOnRevision() == number - 1
                    ? Text.of("drafting.accepted_suggestion", accepted.author())
                    : Text.of("drafting.accepted_suggestion_onto", accepted.author(),
                            String.valueOf(accepted.madeOnRevision()), String.valueOf(number - 1));
        }
    }

    /** A suggestion a revision accepts: who made it, and on which revision of the clause. */
    public record AcceptedSuggestion(UUID suggestionId, String author, int madeOnRevision) {
    }

    /** {@code clauseHeading}: the clause's current heading, null once the clause is removed. */
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

    /**
     * A line of the history: {@code kind} names what happened after its event ({@code ClauseRevised}) and
     * {@code parameters} are the facts it names; {@code reason} is what the person wrote.
     */
    public record HistoryEntry(UUID clauseId, String kind, Map<String, String> parameters, String actor, Instant at,
            String reason) {

        /** The line in words. */
        public Text line() {
            return new HistoryLine(kind, parameters).text();
        }

        /** The line in the words of the request's language, for the API. */
        @JsonProperty("summary")
        public String summary() {
            return line().in(RequestLanguage.current(), RequestLanguage.currentZone());
        }
    }
}
