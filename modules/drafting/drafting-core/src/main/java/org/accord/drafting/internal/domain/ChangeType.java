package org.accord.drafting.internal.domain;

/** How a clause differs between two draft versions. */
public enum ChangeType {
    ADDED, REMOVED,
    /** Under another parent, or out of order with the clauses around it. */
    MOVED,
    /** A new revision of the heading or text. */
    CHANGED, MOVED_AND_CHANGED
}
