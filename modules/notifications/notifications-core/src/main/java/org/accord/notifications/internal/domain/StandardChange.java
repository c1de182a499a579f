package org.accord.notifications.internal.domain;

/**
 * What changed in a standard, for the notice its open page shows ("“Scope” revised by Eli Example"): the kind of
 * change, what it concerns (a clause heading, a version label, a stage; null when the event names none) and who made
 * it. Words come from the reader's language when the notice is sent; never a clause's text.
 */
public record StandardChange(Kind kind, String subject, String by) {

    public enum Kind {
        CLAUSE_ADDED, CLAUSE_REVISED, CLAUSE_MOVED, CLAUSE_REMOVED, SUGGESTION_MADE, SUGGESTION_ACCEPTED, SUGGESTION_DECLINED, VERSION_PUBLISHED, STAGE_CHANGED
    }

    public StandardChange {
        if (kind == null || by == null) {
            throw new IllegalArgumentException("A standard change has a kind and an author");
        }
        subject = subject == null || subject.isBlank() ? null : subject.strip();
    }
}
