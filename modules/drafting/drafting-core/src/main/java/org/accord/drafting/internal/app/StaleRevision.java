package org.accord.drafting.internal.app;

import java.time.Instant;

import org.accord.drafting.internal.persistence.ClauseRevisionEntity;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** A save based on a revision that is no longer current: nothing is overwritten, and the other change is shown. */
public class StaleRevision extends RuleViolation {

    private final Current current;

    /** A revision as the person who was too late, or the editor deciding a suggestion, is shown it. */
    public record Current(String revisionId, int number, String heading, String text, String author, Instant at) {

        static Current of(ClauseRevisionEntity revision) {
            return new Current(revision.id.toString(), revision.number, revision.heading, revision.text,
                    revision.author, revision.createdAt);
        }

        public static Current of(DraftingViews.RevisionView revision) {
            return new Current(revision.id().toString(), revision.number(), revision.heading(), revision.text(),
                    revision.author(), revision.createdAt());
        }
    }

    StaleRevision(Current current) {
        super(Kind.CONFLICT, "baseRevisionId", Text.of("drafting.stale_revision", current.author(),
                String.valueOf(current.number())));
        this.current = current;
    }

    public Current current() {
        return current;
    }
}
