package org.accord.drafting.internal.app;

import java.time.Instant;

import org.accord.platform.errors.RuleViolation;

/** A save based on a revision that is no longer current: nothing is overwritten, and the other change is shown. */
public class StaleRevision extends RuleViolation {

    private final Current current;

    public record Current(String revisionId, int number, String heading, String text, String author, Instant at) {
    }

    StaleRevision(Current current) {
        super(Kind.CONFLICT, "baseRevisionId", current.author() + " saved revision " + current.number()
                + " of this clause after you started editing. Your text was not saved; compare it with theirs and"
                + " save again.");
        this.current = current;
    }

    public Current current() {
        return current;
    }
}
