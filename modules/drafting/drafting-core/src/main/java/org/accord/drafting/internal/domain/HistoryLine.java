package org.accord.drafting.internal.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.accord.platform.i18n.Text;

/**
 * A line of a standard's history as it is kept: what happened, named after the event that says so
 * ({@code ClauseRevised}), and the facts the line names. It is worded only when someone reads it, in their language.
 * Lines written before the history kept facts, whose wording could not be read back, keep their English wording as
 * their only fact, {@code summary}.
 */
public record HistoryLine(String kind, Map<String, String> parameters) {

    private static final String LEGACY = "summary";

    public HistoryLine {
        parameters = Map.copyOf(parameters);
    }

    public static HistoryLine standardCreated(String reference, String title) {
        return of("StandardCreated", "reference", reference, "title", title);
    }

    public static HistoryLine editorsChanged(Iterable<String> editors) {
        return of("EditorsChanged", "editors", String.join(", ", editors));
    }

    public static HistoryLine clauseAdded(ClauseKind kind, String heading) {
        return of("ClauseAdded", "kind", kind.name(), "heading", heading);
    }

    /**
     * @param answered
     *            how many review comments the revision says it answers
     * @param suggestedBy
     *            whose suggestion the revision accepts, or null
     */
    public static HistoryLine clauseRevised(String heading, int revision, int answered, String suggestedBy) {
        HistoryLine line = of("ClauseRevised", "heading", heading, "revision", String.valueOf(revision), "answered",
                String.valueOf(answered));
        return suggestedBy == null ? line : line.with("suggestedBy", suggestedBy);
    }

    public static HistoryLine clauseMoved(String heading) {
        return of("ClauseMoved", "heading", heading);
    }

    public static HistoryLine clauseRemoved(String heading, int subclauses) {
        return of("ClauseRemoved", "heading", heading, "subclauses", String.valueOf(subclauses));
    }

    public static HistoryLine suggestionMade(String heading) {
        return of("SuggestionMade", "heading", heading);
    }

    public static HistoryLine suggestionDecided(boolean accepted, String author) {
        return of("SuggestionDecided", "accepted", String.valueOf(accepted), "author", author);
    }

    public static HistoryLine versionPublished(String label, int clauses) {
        return of("DraftVersionPublished", "label", label, "clauses", String.valueOf(clauses));
    }

    /**
     * @param ballot
     *            the ballot that carried the step, or null
     * @param ballotVersion
     *            the label of the version the ballot was on, or null
     */
    public static HistoryLine stageChanged(Stage from, Stage to, String ballot, String ballotVersion) {
        HistoryLine line = of("StageChanged", "from", from.name(), "to", to.name());
        return ballot == null ? line : line.with("ballot", ballot).with("ballotVersion", ballotVersion);
    }

    /** The line in words. */
    public Text text() {
        if (parameters.containsKey(LEGACY)) {
            return Text.of("drafting.history_legacy", get(LEGACY));
        }
        return switch (kind) {
            case "StandardCreated" -> Text.of("drafting.history_standard_created", get("reference"), get("title"));
            case "EditorsChanged" -> Text.of("drafting.history_editors_changed", get("editors"));
            case "ClauseAdded" -> Text.of(addedKey(ClauseKind.valueOf(get("kind"))), get("heading"));
            case "ClauseRevised" -> revised();
            case "ClauseMoved" -> Text.of("drafting.history_clause_moved", get("heading"));
            case "ClauseRemoved" -> removed();
            case "SuggestionMade" -> Text.of("drafting.history_suggestion_made", get("heading"));
            case "SuggestionDecided" -> Boolean.parseBoolean(get("accepted"))
                    ? Text.of("drafting.history_suggestion_accepted", get("author"))
                    : Text.of("drafting.history_suggestion_declined", get("author"));
            case "DraftVersionPublished" -> count("clauses") == 1
                    ? Text.of("drafting.history_version_published_one", get("label"))
                    : Text.of("drafting.history_version_published", get("label"), count("clauses"));
            case "StageChanged" -> stageChanged();
            default -> throw new IllegalStateException("No wording for a history line of kind " + kind);
        };
    }

    private Text revised() {
        String heading = get("heading");
        String revision = get("revision");
        if (parameters.containsKey("suggestedBy")) {
            return Text.of("drafting.history_clause_revised_accepting", heading, revision, get("suggestedBy"));
        }
        return switch (count("answered")) {
            case 0 -> Text.of("drafting.history_clause_revised", heading, revision);
            case 1 -> Text.of("drafting.history_clause_revised_answering_one", heading, revision);
            default -> Text.of("drafting.history_clause_revised_answering", heading, revision, count("answered"));
        };
    }

    private Text removed() {
        return switch (count("subclauses")) {
            case 0 -> Text.of("drafting.history_clause_removed", get("heading"));
            case 1 -> Text.of("drafting.history_clause_removed_one", get("heading"));
            default -> Text.of("drafting.history_clause_removed_with", get("heading"), count("subclauses"));
        };
    }

    private Text stageChanged() {
        Text from = Stage.valueOf(get("from")).label();
        Text to = Stage.valueOf(get("to")).label();
        return parameters.containsKey("ballot")
                ? Text.of("drafting.history_stage_changed_by_ballot", from, to, get("ballot"), get("ballotVersion"))
                : Text.of("drafting.history_stage_changed", from, to);
    }

    private static String addedKey(ClauseKind kind) {
        return switch (kind) {
            case SECTION -> "drafting.history_added_section";
            case CLAUSE -> "drafting.history_added_clause";
            case NOTE -> "drafting.history_added_note";
            case EXAMPLE -> "drafting.history_added_example";
            case TERM -> "drafting.history_added_term";
            case ANNEX -> "drafting.history_added_annex";
        };
    }

    private String get(String name) {
        return parameters.getOrDefault(name, "");
    }

    private int count(String name) {
        return Integer.parseInt(parameters.getOrDefault(name, "0"));
    }

    private HistoryLine with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, value == null ? "" : value);
        return new HistoryLine(kind, more);
    }

    private static HistoryLine of(String kind, String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return new HistoryLine(kind, parameters);
    }
}
