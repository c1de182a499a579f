package org.accord.notifications.internal.domain;

/** What happened on a standard, as its followers' home pages list it. */
public enum ActivityKind {
    CLAUSE_REVISED, SUGGESTION_MADE, SUGGESTION_DECIDED, VERSION_PUBLISHED, STAGE_CHANGED, ROUND_OPENED, ROUND_CLOSED, COMMENTS_DISPOSED, BALLOT_OPENED, BALLOT_CLOSED
}
