package org.accord.drafting.internal.app;

import java.time.Instant;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/**
 * A suggestion made on a revision that is no longer current: accepting it as it stands would undo the newer work, so
 * nothing is saved. The editor sees the suggestion, the text it was made on and the current text, and may accept it
 * onto the current text explicitly.
 */
public class StaleSuggestion extends RuleViolation {

    public record Suggested(String suggestionId, String heading, String text, String reason, String author,
            Instant at) {
    }

    private final Suggested suggestion;
    private final StaleRevision.Current base;
    private final StaleRevision.Current current;

    StaleSuggestion(Suggested suggestion, StaleRevision.Current base, StaleRevision.Current current) {
        super(Kind.CONFLICT, "suggestion", Text.of("drafting.stale_suggestion", suggestion.author(),
                String.valueOf(base.number()), String.valueOf(current.number()), current.author()));
        this.suggestion = suggestion;
        this.base = base;
        this.current = current;
    }

    public Suggested suggestion() {
        return suggestion;
    }

    public StaleRevision.Current base() {
        return base;
    }

    public StaleRevision.Current current() {
        return current;
    }
}
